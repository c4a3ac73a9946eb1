package health.backspasm.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question to put to the person, answered by adding findings (or a number) to the case and calling
 * again: the shape of {@code nextQuestion} and of each pending red-flag question. {@code findings}
 * repeats {@code findingIds} with what a chatbot shows for each (empty for age and duration); a typed
 * reply to it is read by {@code POST /api/v1/answers}.
 */
@Schema(description = "A question to ask the person. Answer it by adding to the case and calling again: for kind"
        + " 'finding' add the one finding as present, absent or unknown; for 'findings' add the ticked ones as present,"
        + " the rest as absent, and those the person is not sure of as unknown; for 'age' set the case's age; for"
        + " 'duration' set the case's durationDays. A typed reply can be read into these entries by POST"
        + " /api/v1/answers.")
public record CaseQuestion(
        @Schema(description = "How the question is answered.", required = true) QuestionKind kind,
        @Schema(description = "The question in plain language.", required = true,
                example = "Do you have any of these right now? Tick all that apply.") String text,
        @Schema(description = "The findings the question asks about (empty for 'age' and 'duration').",
                required = true) List<String> findingIds,
        @Schema(description = "For each id of findingIds, in the same order: its id, label, own question and the"
                + " answers it accepts (empty for 'age' and 'duration').")
        List<QuestionItem> findings) {

    public CaseQuestion {
        findingIds = copy(findingIds);
        findings = copy(findings);
    }

    /** An unmodifiable copy that keeps what a request sent (null, null entries) for validation to name. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A question without items to show: age and duration. */
    public CaseQuestion(QuestionKind kind, String text, List<String> findingIds) {
        this(kind, text, findingIds, List.of());
    }
}
