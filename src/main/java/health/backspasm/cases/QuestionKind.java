package health.backspasm.cases;

/**
 * How a person answers a question: one yes/no finding, a group of findings to tick (the rest count
 * as absent), or a number for the case's {@code age} or {@code durationDays}. Spelled as on the wire.
 */
public enum QuestionKind {
    finding,
    findings,
    age,
    duration
}
