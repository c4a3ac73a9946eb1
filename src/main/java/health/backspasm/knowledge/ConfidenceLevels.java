package health.backspasm.knowledge;

/**
 * The confidence rule of assessment.yaml. With {@code top} the leading cause's score and
 * {@code margin} its lead over the next cause (scores are normalised posteriors, 0 to 1): high when
 * both reach high's thresholds, else moderate when both reach moderate's, else low.
 */
public record ConfidenceLevels(ConfidenceLevel high, ConfidenceLevel moderate, ConfidenceLevel low) {

    /** The confidence of a ranking whose leading cause scores {@code top}, {@code margin} ahead of the next. */
    public Confidence of(double top, double margin) {
        if (high.holds(top, margin)) {
            return Confidence.high;
        }
        return moderate.holds(top, margin) ? Confidence.moderate : Confidence.low;
    }

    /** The note shown with a ranking of this confidence. */
    public String note(Confidence confidence) {
        return switch (confidence) {
            case high -> high.note();
            case moderate -> moderate.note();
            case low -> low.note();
        };
    }
}
