package health.backspasm.cases;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question to put to the person, answered by adding findings (or a number) to the case and calling
 * again: the shape of {@code nextQuestion} and of each pending red-flag question.
 */
@Schema(description = "A question to ask the person. Answer it by adding to the case and calling again: for kind"
        + " 'finding' add the one finding as present or absent; for 'findings' add the ticked ones as present and"
        + " the rest as absent; for 'age' set the case's age; for 'duration' set the case's durationDays.")
public record CaseQuestion(
        @Schema(description = "How the question is answered.", required = true) QuestionKind kind,
        @Schema(description = "The question in plain language.", required = true,
                example = "Do you have any of these right now? Tick all that apply.") String text,
        @Schema(description = "The findings the question asks about (empty for 'age' and 'duration').",
                required = true) List<String> findingIds) {

    public CaseQuestion {
        findingIds = List.copyOf(findingIds);
    }
}
