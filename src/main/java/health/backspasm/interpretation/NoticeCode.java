package health.backspasm.interpretation;

/** The kinds of {@link Notice}; spelled as on the wire. */
public enum NoticeCode {
    nothing_recognised,
    not_english
}
