package health.backspasm.interview;

import health.backspasm.cases.CaseFacts;
import health.backspasm.knowledge.Confidence;

/**
 * What the interview needs from the cause model: the causes' unnormalised log posteriors for a case,
 * and how one more answer would move them. Causes are numbered in knowledge file order.
 */
public interface CauseBeliefs {

    int causeCount();

    /** Each cause's log prior plus the weights of the case's answers. */
    double[] logScores(CaseFacts facts);

    /** The weight added to the cause's log score when the finding is reported present. */
    double presentWeight(String findingId, int cause);

    /** The weight added to the cause's log score when the finding is reported absent. */
    double absentWeight(String findingId, int cause);

    /** Whether any cause weighs this finding. */
    boolean weighs(String findingId);

    /** The indexes of the leading causes for these log scores, best first. */
    int[] leading(double[] logScores);

    /**
     * How sure the ranking for these log scores is, from the leading cause's score and its margin over
     * the next cause (the rule of assessment.yaml).
     */
    Confidence confidence(double[] logScores);

    /** Normalised posteriors of log scores: each in [0, 1], summing to 1. */
    static double[] probabilities(double[] logScores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : logScores) {
            max = Math.max(max, s);
        }
        double[] p = new double[logScores.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logScores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
