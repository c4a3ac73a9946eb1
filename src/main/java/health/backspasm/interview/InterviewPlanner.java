package health.backspasm.interview;

import health.backspasm.cases.CaseFacts;
import health.backspasm.knowledge.Confidence;
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
 * Chooses the next question of the stateless interview, and says when and why it is complete.
 * Safety first: while the screening has a pending red-flag question, that is the next one. Then:
 * <ol>
 * <li>complete ({@link CompletionReason#confident}) when the ranking of causes is high-confidence;</li>
 * <li>otherwise, among the question groups of questions.yaml (cause groups, and the cause-weighed
 * findings of red-flag groups), a question is worth asking when some answer to it (none ticked, or
 * one ticked) would change the outcome: the leading cause, the set of leading causes (whose remedies
 * are listed), or whether the confidence is low (which decides between a cause's remedies and the
 * general ones). Of those, the one with the highest expected information gain over the cause
 * distribution is asked;</li>
 * <li>complete ({@link CompletionReason#settled}) when no question is worth asking, and
 * ({@link CompletionReason#question_cap}) when one is but the questions about causes have used what the
 * cap of assessment.yaml leaves after the red-flag questions.</li>
 * </ol>
 * So an interview never ends with a low-confidence leader and an unasked group that could overturn
 * it while the cap has room.
 */
@Singleton
public final class InterviewPlanner {

    /**
     * The assumed chance that a person reports a finding when nothing points either way; a cause
     * shifts it by its present weight (log odds). Only used to weigh questions, not to rank causes.
     */
    static final double BASE_RATE = 0.15;

    private final ScreeningEngine screening;
    private final CauseBeliefs beliefs;
    private final List<Candidate> candidates;
    /** The questions about causes the cap leaves: the cap less every possible red-flag question. */
    private final int causeQuestionBudget;

    /** A question group restricted to the findings that a cause weighs. */
    private record Candidate(QuestionGroup group, List<String> findingIds) {
    }

    /** What the advice depends on: the leading cause, the leading causes (a bit per cause), low confidence. */
    private record Outcome(int top, long leading, boolean low) {
    }

    public InterviewPlanner(Knowledge knowledge, ScreeningEngine screening, CauseBeliefs beliefs) {
        this.screening = screening;
        this.beliefs = beliefs;
        List<Candidate> list = new ArrayList<>();
        int redFlagGroups = 0;
        for (QuestionGroup group : knowledge.questionGroups()) {
            List<String> weighed = group.findingIds().stream().filter(beliefs::weighs).toList();
            if (group.purpose() == QuestionPurpose.cause) {
                list.add(new Candidate(group, group.findingIds()));
            } else {
                redFlagGroups++;
                if (!weighed.isEmpty()) {
                    list.add(new Candidate(group, weighed));
                }
            }
        }
        this.candidates = List.copyOf(list);
        // Red-flag questions: each red-flag group, the age and the duration.
        this.causeQuestionBudget = knowledge.interview().maxQuestions() - redFlagGroups - 2;
    }

    public InterviewStep next(CaseFacts facts, Screening screened, double[] logScores) {
        if (screened.level() == Urgency.emergency) {
            return InterviewStep.done(CompletionReason.emergency);
        }
        if (!screened.pendingQuestions().isEmpty()) {
            return InterviewStep.ask(screened.pendingQuestions().get(0));
        }
        Outcome now = outcome(logScores);
        if (beliefs.confidence(logScores) != Confidence.low) { // confident: high or moderate
            return InterviewStep.done(CompletionReason.confident);
        }
        double[] p = CauseBeliefs.probabilities(logScores);
        double entropy = entropy(p);
        Candidate best = null;
        List<String> bestOpen = List.of();
        double bestGain = 0;
        for (Candidate candidate : candidates) {
            List<String> open = candidate.findingIds().stream().filter(id -> !facts.isAnswered(id)).toList();
            if (open.isEmpty() || !couldChange(now, open, logScores)) {
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
            return InterviewStep.done(CompletionReason.settled);
        }
        if (causeQuestionsAnswered(facts) >= causeQuestionBudget) {
            return InterviewStep.done(CompletionReason.question_cap);
        }
        List<String> ask = bestOpen;
        return InterviewStep.ask(screening.groupQuestion(best.group(), ask::contains));
    }

    /**
     * The questions about causes asked so far, counted as the cause groups with every item answered
     * (items that came with the case count too). The cause-weighed items left open in a red-flag group
     * are not counted: at most one question per red-flag group, which the simulation's bound of 15
     * covers.
     */
    private long causeQuestionsAnswered(CaseFacts facts) {
        return candidates.stream()
                .filter(c -> c.group().purpose() == QuestionPurpose.cause)
                .filter(c -> c.findingIds().stream().allMatch(facts::isAnswered))
                .count();
    }

    private Outcome outcome(double[] logScores) {
        int[] leading = beliefs.leading(logScores);
        long mask = 0;
        for (int i : leading) {
            mask |= 1L << i;
        }
        return new Outcome(leading[0], mask, beliefs.confidence(logScores) == Confidence.low);
    }

    /** Whether some answer to the group (none ticked, or one ticked) would change the outcome. */
    private boolean couldChange(Outcome now, List<String> open, double[] logScores) {
        int n = logScores.length;
        double[] allAbsent = logScores.clone();
        for (String id : open) {
            for (int c = 0; c < n; c++) {
                allAbsent[c] += beliefs.absentWeight(id, c);
            }
        }
        if (!outcome(allAbsent).equals(now)) {
            return true;
        }
        double[] oneTicked = new double[n];
        for (String id : open) {
            for (int c = 0; c < n; c++) {
                oneTicked[c] = allAbsent[c] - beliefs.absentWeight(id, c) + beliefs.presentWeight(id, c);
            }
            if (!outcome(oneTicked).equals(now)) {
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
