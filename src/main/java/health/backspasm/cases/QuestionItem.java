package health.backspasm.cases;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One finding of a question as a chatbot shows it: its id, label and plain-language question, and the
 * answers it accepts ({@code present}, {@code absent}, {@code unknown}: "not sure" is an answer, and it
 * is not {@code absent}). Built from findings.yaml, so that a chatbot needs no catalogue look-up.
 */
@Schema(description = "A finding of the question, ready to show: id, label, its own question, and the answers it"
        + " accepts (unknown is \"not sure\", which is not absent).")
public record QuestionItem(
        @Schema(description = "The finding id (see GET /api/v1/findings).", required = true,
                example = "neuro.bladder_dysfunction") String id,
        @Schema(description = "The finding's label, for display.", required = true,
                example = "New bladder problems") String label,
        @Schema(description = "The plain-language question for this finding on its own.", required = true,
                example = "Do you have new difficulty passing urine, or have you lost control of your bladder?")
        String question,
        @Schema(description = "The states this item may be answered with, always present, absent and unknown.",
                required = true) List<FindingState> answers) {

    /** Every item accepts the three states of a case entry. */
    public static final List<FindingState> ANSWERS = List.of(FindingState.values());

    public QuestionItem {
        answers = answers == null ? ANSWERS : List.copyOf(answers);
    }

    public QuestionItem(String id, String label, String question) {
        this(id, label, question, ANSWERS);
    }
}
