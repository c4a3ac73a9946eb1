package health.backspasm.assessment;

import health.backspasm.cases.CaseFacts;
import health.backspasm.interview.CauseBeliefs;
import health.backspasm.interview.InterviewPlanner;
import health.backspasm.interview.InterviewStep;
import health.backspasm.knowledge.Cause;
import health.backspasm.knowledge.Confidence;
import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Urgency;
import health.backspasm.screening.Screening;
import health.backspasm.screening.ScreeningEngine;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assesses a case: screens it first, ranks every cause with {@link CauseModel} and says how sure the
 * ranking is, lists the remedies that fit ({@link RemedyPlanner}), and asks {@link InterviewPlanner}
 * for the next question. At emergency the emergency advice leads, remedies are withheld and the
 * interview is complete.
 */
@Singleton
public final class AssessmentEngine {

    private final Knowledge knowledge;
    private final ScreeningEngine screening;
    private final CauseModel model;
    private final InterviewPlanner interview;
    private final RemedyPlanner remedies;

    public AssessmentEngine(Knowledge knowledge, ScreeningEngine screening, CauseModel model,
            InterviewPlanner interview) {
        this.knowledge = knowledge;
        this.screening = screening;
        this.model = model;
        this.interview = interview;
        this.remedies = new RemedyPlanner(knowledge);
    }

    /** Builds the whole chain from the knowledge alone, for use without CDI. */
    public static AssessmentEngine of(Knowledge knowledge) {
        ScreeningEngine screening = new ScreeningEngine(knowledge);
        CauseModel model = new CauseModel(knowledge);
        return new AssessmentEngine(knowledge, screening, model, new InterviewPlanner(knowledge, screening, model));
    }

    /** Assesses a case with every remedy whatever its evidence. */
    public Assessment assess(CaseFacts facts) {
        return assess(facts, EvidenceGrade.vendor_claim);
    }

    /**
     * Assesses a case, recommending only remedies backed at least as well as {@code weakest}
     * ({@code article} leaves out sellers' claims, {@code guideline} keeps guideline-backed ones only).
     */
    public Assessment assess(CaseFacts facts, EvidenceGrade weakest) {
        Screening triage = screening.screen(facts);
        List<CauseModel.WeighedAnswer> answers = model.weighedAnswers(facts);
        double[] logScores = model.logScores(answers);
        double[] scores = CauseBeliefs.probabilities(logScores);
        int[] leading = model.leading(logScores);
        List<Cause> causes = model.causes();

        boolean[] isLeading = new boolean[causes.size()];
        List<Cause> leadingCauses = new ArrayList<>();
        boolean leadingNeedsDoctor = false;
        for (int i : leading) {
            isLeading[i] = true;
            leadingCauses.add(causes.get(i));
            leadingNeedsDoctor |= causes.get(i).needsDoctor();
        }
        List<RankedCause> ranked = new ArrayList<>(causes.size());
        for (Integer i : CauseModel.rank(scores)) {
            ranked.add(explain(causes.get(i), i, round(scores[i]), isLeading[i], answers));
        }

        boolean emergency = triage.level() == Urgency.emergency;
        Confidence confidence = model.confidenceOf(scores);
        InterviewStep step = interview.next(facts, triage, logScores);
        String advice = triage.redFlags().isEmpty()
                ? triage.advice()
                : triage.advice() + " " + triage.redFlags().get(0).advice();
        return new Assessment(advice, triage, confidence, knowledge.confidence().note(confidence), ranked,
                emergency ? List.of() : remedies.plan(leadingCauses, confidence, facts, weakest),
                triage.level().compareTo(Urgency.consult) >= 0 || leadingNeedsDoctor,
                step.nextQuestion(), step.complete(), step.reason(), knowledge.version(), knowledge.disclaimer());
    }

    private RankedCause explain(Cause cause, int index, double score, boolean leading,
            List<CauseModel.WeighedAnswer> answers) {
        List<FindingWeight> supporting = new ArrayList<>();
        List<FindingWeight> conflicting = new ArrayList<>();
        for (CauseModel.WeighedAnswer answer : answers) {
            double weight = answer.weights()[index];
            if (weight != 0) {
                (weight > 0 ? supporting : conflicting).add(new FindingWeight(answer.findingId(), answer.state(), weight));
            }
        }
        supporting.sort(Comparator.comparingDouble(FindingWeight::weight).reversed()
                .thenComparing(FindingWeight::id));
        conflicting.sort(Comparator.comparingDouble(FindingWeight::weight).thenComparing(FindingWeight::id));
        return new RankedCause(cause.id(), cause.name(), score, cause.needsDoctor(), leading, supporting, conflicting);
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
