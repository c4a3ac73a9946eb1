package health.backspasm.knowledge;

/**
 * How one finding bears on one cause, as natural-log likelihood ratios: {@code present} is added to
 * the cause's log-odds when the finding is reported present, {@code absent} when it is reported
 * absent. Positive weights point to the cause, negative ones against it.
 */
public record Evidence(String findingId, double present, double absent) {
}
