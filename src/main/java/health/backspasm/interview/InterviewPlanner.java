package health.backspasm.interview;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.QuestionGroup;
import health.backspasm.knowledge.QuestionPurpose;
import health.backspasm.knowledge.Urgency;
import health.backspasm.screening.Screening;
import health.backspasm.screening.ScreeningEngine;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the next question of the stateless interview. Safety first: while the screening has a
 * pending red-flag question, that is the next one. Then, among the question groups of questions.yaml
 * (cause groups, and the cause-weighed findings of red-flag groups), only questions with an answer
 * that would change the leading causes (and so the advice) are worth asking; of those, the one with
 * the highest expected information gain over the cause distribution is asked. The interview is
 * complete when no such question is left.
 */
@Singleton
public final class InterviewPlanner {

    /**
     * The assumed chance that a person reports a finding when nothing points either way; a cause
     * shifts it by its present weight (log odds). Only used to weigh questions, not to rank causes.
     */
    static final double BASE_RATE = 0.15;
    /** The interview stops asking about causes once the leading cause is this likely. */
    static final double CONFIDENT = 0.85;
    /**
     * The interview stops asking about causes once this many cause groups are fully answered, so a
     * whole interview stays well under 15 questions (the red-flag questions take at most five).
     */
    static final int MAX_CAUSE_GROUPS = 5;

    private final ScreeningEngine screening;
    private final CauseBeliefs beliefs;
    private final List<Candidate> candidates;

    /** A question group restricted to the findings that a cause weighs. */
    private record Candidate(QuestionGroup group, List<String> findingIds) {
    }

    public InterviewPlanner(Knowledge knowledge, ScreeningEngine screening, CauseBeliefs beliefs) {
        this.screening = screening;
        this.beliefs = beliefs;
        List<Candidate> list = new ArrayList<>();
        for (QuestionGroup group : knowledge.questionGroups()) {
            List<String> weighed = group.findingIds().stream().filter(beliefs::weighs).toList();
            if (group.purpose() == QuestionPurpose.cause) {
                list.add(new Candidate(group, group.findingIds()));
            } else if (!weighed.isEmpty()) {
                list.add(new Candidate(group, weighed));
            }
        }
        this.candidates = List.copyOf(list);
    }

    public InterviewStep next(CaseFacts facts, Screening screened, double[] logScores) {
        if (screened.level() == Urgency.emergency) {
            return new InterviewStep(null, true);
        }
        if (!screened.pendingQuestions().isEmpty()) {
            return new InterviewStep(screened.pendingQuestions().get(0), false);
        }
        double[] p = CauseBeliefs.probabilities(logScores);
        int[] leading = beliefs.leading(logScores);
        if (p[leading[0]] >= CONFIDENT || answeredCauseGroups(facts) >= MAX_CAUSE_GROUPS) {
            return new InterviewStep(null, true);
        }
        double entropy = entropy(p);
        Candidate best = null;
        List<String> bestOpen = List.of();
        double bestGain = 0;
        for (Candidate candidate : candidates) {
            List<String> open = candidate.findingIds().stream().filter(id -> !facts.isAnswered(id)).toList();
            if (open.isEmpty() || !couldChangeAdvice(open, logScores, leading)) {
                continue;
            }
            double gain = 0;
            for (String id : open) {
                gain += informationGain(id, p, entropy);
            }
            if (best == null || gain > bestGain) {
                best = candidate;
                bestOpen = open;
                bestGain = gain;
            }
        }
        if (best == null) {
            return new InterviewStep(null, true);
        }
        List<String> ask = bestOpen;
        return new InterviewStep(screening.groupQuestion(best.group(), ask::contains), false);
    }

    private long answeredCauseGroups(CaseFacts facts) {
        return candidates.stream()
                .filter(c -> c.group().purpose() == QuestionPurpose.cause)
                .filter(c -> c.findingIds().stream().allMatch(facts::isAnswered))
                .count();
    }

    /** Whether some answer to the group (none ticked, or one ticked) would change the leading causes. */
    private boolean couldChangeAdvice(List<String> open, double[] logScores, int[] leading) {
        int n = logScores.length;
        double[] allAbsent = logScores.clone();
        for (String id : open) {
            for (int c = 0; c < n; c++) {
                allAbsent[c] += beliefs.absentWeight(id, c);
            }
        }
        if (beliefs.leading(allAbsent)[0] != leading[0]) {
            return true;
        }
        double[] outcome = new double[n];
        for (String id : open) {
            for (int c = 0; c < n; c++) {
                outcome[c] = allAbsent[c] - beliefs.absentWeight(id, c) + beliefs.presentWeight(id, c);
            }
            if (beliefs.leading(outcome)[0] != leading[0]) {
                return true;
            }
        }
        return false;
    }

    /** Expected entropy reduction of the cause distribution from asking one finding. */
    private double informationGain(String findingId, double[] p, double entropy) {
        int n = p.length;
        double[] yes = new double[n];
        double[] no = new double[n];
        double pYes = 0;
        double baseLogOdds = Math.log(BASE_RATE / (1 - BASE_RATE));
        for (int c = 0; c < n; c++) {
            double likelihood = 1 / (1 + Math.exp(-(baseLogOdds + beliefs.presentWeight(findingId, c))));
            pYes += p[c] * likelihood;
            yes[c] = p[c] * Math.exp(beliefs.presentWeight(findingId, c));
            no[c] = p[c] * Math.exp(beliefs.absentWeight(findingId, c));
        }
        return entropy - pYes * entropy(scale(yes)) - (1 - pYes) * entropy(scale(no));
    }

    private static double[] scale(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    private static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            if (x > 0) {
                h -= x * Math.log(x);
            }
        }
        return h;
    }
}
