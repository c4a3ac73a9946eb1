package health.backspasm.cases;

/** The answer to a finding's question; {@code unknown} means asked, and the person does not know. Spelled as on the wire. */
public enum FindingState {
    present,
    absent,
    unknown
}
