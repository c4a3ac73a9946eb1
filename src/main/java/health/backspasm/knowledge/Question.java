package health.backspasm.knowledge;

/** The wording of a question that asks for a number of the case ({@code age} or {@code durationDays}). */
public record Question(String text) {
}
