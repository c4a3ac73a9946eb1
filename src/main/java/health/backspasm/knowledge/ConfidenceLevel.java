package health.backspasm.knowledge;

/**
 * One confidence level of assessment.yaml: the least score of the leading cause and the least margin
 * over the next cause (both 0 to 1) that earn it, and the note shown with the ranking. The low
 * level has no thresholds: it is what the other two leave.
 */
public record ConfidenceLevel(Double minScore, Double minMargin, String note) {

    boolean holds(double top, double margin) {
        return top >= minScore && margin >= minMargin;
    }
}
