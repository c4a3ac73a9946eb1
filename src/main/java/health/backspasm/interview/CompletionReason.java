package health.backspasm.interview;

/**
 * Why an interview is complete. Spelled as on the wire.
 * <ul>
 * <li>{@code emergency}: the level is emergency; nothing more is asked.</li>
 * <li>{@code confident}: no red-flag question is open and the ranking of causes is high-confidence.</li>
 * <li>{@code settled}: no red-flag question is open and no remaining question, whatever the answer,
 * could change the leading causes or the advice.</li>
 * <li>{@code question_cap}: no red-flag question is open and the interview has reached its cap on
 * questions (assessment.yaml), although some question could still change the ranking.</li>
 * </ul>
 */
public enum CompletionReason {
    emergency,
    confident,
    settled,
    question_cap
}
