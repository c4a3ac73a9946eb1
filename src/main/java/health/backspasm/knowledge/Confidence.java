package health.backspasm.knowledge;

/**
 * How sure an assessment's ranking of causes is, strongest first. Spelled as on the wire. The rule
 * that sets it, from the leading cause's score and its margin over the next cause, is
 * {@link ConfidenceLevels#of(double, double)}; its thresholds live in assessment.yaml.
 */
public enum Confidence {
    high,
    moderate,
    low
}
