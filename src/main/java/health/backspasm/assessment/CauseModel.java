package health.backspasm.assessment;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.interview.CauseBeliefs;
import health.backspasm.knowledge.Cause;
import health.backspasm.knowledge.Confidence;
import health.backspasm.knowledge.ConfidenceLevels;
import health.backspasm.knowledge.Evidence;
import health.backspasm.knowledge.Knowledge;
import jakarta.inject.Singleton;
import java.util.ArrayList;
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

    /**
     * What an answer to one finding adds to each cause's log score: {@code present} when present,
     * {@code absent} when absent. {@code findingId} is the knowledge's own instance of the id.
     */
    record FindingWeights(String findingId, double[] present, double[] absent) {

        /** The weights this answer adds, or null when it adds nothing (unknown). */
        double[] of(FindingState state) {
            if (state == FindingState.present) {
                return present;
            }
            return state == FindingState.absent ? absent : null;
        }
    }

    /** An answer of the case that the model weighs, with the weights it adds (one per cause). */
    record WeighedAnswer(String findingId, FindingState state, double[] weights) {
    }

    private final List<Cause> causes;
    private final double[] logPriors;
    private final Map<String, FindingWeights> weights;
    private final ConfidenceLevels confidence;

    public CauseModel(Knowledge knowledge) {
        this.causes = knowledge.causes().all();
        this.confidence = knowledge.confidence();
        int n = causes.size();
        this.logPriors = new double[n];
        Map<String, FindingWeights> byFinding = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Cause cause = causes.get(i);
            logPriors[i] = Math.log(cause.prior());
            for (Evidence e : cause.evidence()) {
                String id = knowledge.findings().byId().get(e.findingId()).id();
                FindingWeights w = byFinding.computeIfAbsent(id, k -> new FindingWeights(k, new double[n], new double[n]));
                w.present()[i] = e.present();
                w.absent()[i] = e.absent();
            }
        }
        this.weights = Map.copyOf(byFinding);
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
        return logScores(weighedAnswers(facts));
    }

    double[] logScores(List<WeighedAnswer> answers) {
        double[] scores = logPriors.clone();
        for (WeighedAnswer answer : answers) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] += answer.weights()[i];
            }
        }
        return scores;
    }

    /** The answers of a case that move some cause's score, each with its weights: one look-up per answer. */
    List<WeighedAnswer> weighedAnswers(CaseFacts facts) {
        List<WeighedAnswer> answers = new ArrayList<>(facts.states().size());
        for (Map.Entry<String, FindingState> answer : facts.states().entrySet()) {
            FindingWeights w = weights.get(answer.getKey());
            double[] added = w == null ? null : w.of(answer.getValue());
            if (added != null) {
                answers.add(new WeighedAnswer(w.findingId(), answer.getValue(), added));
            }
        }
        return answers;
    }

    @Override
    public double presentWeight(String findingId, int cause) {
        FindingWeights w = weights.get(findingId);
        return w == null ? 0 : w.present()[cause];
    }

    @Override
    public double absentWeight(String findingId, int cause) {
        FindingWeights w = weights.get(findingId);
        return w == null ? 0 : w.absent()[cause];
    }

    @Override
    public boolean weighs(String findingId) {
        return weights.containsKey(findingId);
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

    @Override
    public Confidence confidence(double[] logScores) {
        return confidenceOf(CauseBeliefs.probabilities(logScores));
    }

    /** The confidence of normalised scores: the leading score and its margin over the next. */
    Confidence confidenceOf(double[] scores) {
        double top = 0;
        double next = 0;
        for (double s : scores) {
            if (s > top) {
                next = top;
                top = s;
            } else if (s > next) {
                next = s;
            }
        }
        return confidence.of(top, top - next);
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
