package health.backspasm.assessment;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.interview.CauseBeliefs;
import health.backspasm.knowledge.Cause;
import health.backspasm.knowledge.Evidence;
import health.backspasm.knowledge.Knowledge;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transparent ranking model: naive Bayes over mutually exclusive causes. A cause's log score is
 * {@code ln(prior)} plus the natural-log likelihood ratio of every answered finding that causes.yaml
 * weighs ({@code present} weight when present, {@code absent} weight when absent; unknown adds
 * nothing); a cause's score is its normalised posterior {@code exp(log score) / sum over causes}. The
 * weights are indexed by finding once, at start-up.
 */
@Singleton
public final class CauseModel implements CauseBeliefs {

    /** A cause leads when its score is at least this share of the top score. */
    static final double LEADING_RATIO = 0.5;
    /** At most this many causes lead (and bring their remedies). */
    static final int MAX_LEADING = 3;

    private final List<Cause> causes;
    private final double[] logPriors;
    private final Map<String, double[]> presentWeights;
    private final Map<String, double[]> absentWeights;

    public CauseModel(Knowledge knowledge) {
        this.causes = knowledge.causes().all();
        int n = causes.size();
        this.logPriors = new double[n];
        Map<String, double[]> present = new HashMap<>();
        Map<String, double[]> absent = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Cause cause = causes.get(i);
            logPriors[i] = Math.log(cause.prior());
            for (Evidence e : cause.evidence()) {
                present.computeIfAbsent(e.findingId(), k -> new double[n])[i] = e.present();
                absent.computeIfAbsent(e.findingId(), k -> new double[n])[i] = e.absent();
            }
        }
        this.presentWeights = Map.copyOf(present);
        this.absentWeights = Map.copyOf(absent);
    }

    List<Cause> causes() {
        return causes;
    }

    @Override
    public int causeCount() {
        return causes.size();
    }

    @Override
    public double[] logScores(CaseFacts facts) {
        double[] scores = logPriors.clone();
        for (Map.Entry<String, FindingState> answer : facts.states().entrySet()) {
            double[] weights = weightsFor(answer.getKey(), answer.getValue());
            if (weights != null) {
                for (int i = 0; i < scores.length; i++) {
                    scores[i] += weights[i];
                }
            }
        }
        return scores;
    }

    /** The weights an answer adds, or null when it adds nothing. */
    double[] weightsFor(String findingId, FindingState state) {
        if (state == FindingState.present) {
            return presentWeights.get(findingId);
        }
        return state == FindingState.absent ? absentWeights.get(findingId) : null;
    }

    @Override
    public double presentWeight(String findingId, int cause) {
        double[] weights = presentWeights.get(findingId);
        return weights == null ? 0 : weights[cause];
    }

    @Override
    public double absentWeight(String findingId, int cause) {
        double[] weights = absentWeights.get(findingId);
        return weights == null ? 0 : weights[cause];
    }

    @Override
    public boolean weighs(String findingId) {
        return presentWeights.containsKey(findingId);
    }

    @Override
    public int[] leading(double[] logScores) {
        double[] scores = CauseBeliefs.probabilities(logScores);
        Integer[] order = rank(scores);
        double top = scores[order[0]];
        int count = 0;
        while (count < Math.min(MAX_LEADING, order.length) && scores[order[count]] >= LEADING_RATIO * top) {
            count++;
        }
        int[] leading = new int[count];
        for (int i = 0; i < count; i++) {
            leading[i] = order[i];
        }
        return leading;
    }

    /** The cause indexes by score, best first; ties keep file order. */
    static Integer[] rank(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        return order;
    }
}
