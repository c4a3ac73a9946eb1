package health.backspasm.knowledge;

/**
 * What a remedy asks of the person: something to do for themselves ({@code self_care}, including
 * treatment they choose to seek), or having a doctor assess them ({@code medical}), which is not
 * self-care. Spelled as on the wire.
 */
public enum RemedyKind {
    self_care,
    medical
}
