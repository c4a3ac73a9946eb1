package health.backspasm.screening;

/**
 * Whether a triggered red flag fires as the case stands ({@code confirmed}) or would fire only if the
 * findings the person answered "not sure" ({@code unknown}) were present ({@code unconfirmed}).
 * Spelled as on the wire.
 */
public enum RedFlagStatus {
    confirmed,
    unconfirmed
}
