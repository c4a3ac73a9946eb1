package health.backspasm.answers;

import com.fasterxml.jackson.annotation.JsonInclude;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.interpretation.Mention;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reply read as the answer to the question it was given to: the case entries it settles (or the
 * number), or, when it cannot be read with confidence, no entry and what to ask instead.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A typed reply read as the answer to its question. Add `answers` to the case (and `age` or"
        + " `durationDays` when set) and call the assessment again. When `understood` is false nothing is settled:"
        + " ask `clarification` and send the new reply with the same question.")
public record AnswerReading(
        @Schema(description = "Whether the reply answers the question with confidence. When false, `answers` is empty,"
                + " `age` and `durationDays` are null, and `clarification` says what to ask.", required = true)
        boolean understood,
        @Schema(description = "Case entries for the question's items that the reply settles, in the question's order:"
                + " present, absent or unknown (\"not sure\"). Items the reply leaves open are left out, so the interview"
                + " asks them again.", required = true) List<ReportedFinding> answers,
        @Schema(description = "The age in years (0 to 120), for a question of kind 'age' the reply answers; else null.",
                nullable = true, example = "45") Integer age,
        @Schema(description = "How many days the pain has lasted (0 to 3650), for a question of kind 'duration' the"
                + " reply answers; else null.", nullable = true, example = "4") Integer durationDays,
        @Schema(description = "What to ask the person when the reply is not enough (null when understood).",
                nullable = true) String clarification,
        @Schema(description = "Findings the reply mentions that the question did not ask about, as POST"
                + " /api/v1/interpretations reads them (present, absent or uncertain). Uncertain ones are best asked;"
                + " present and absent ones may be added to the case.", required = true) List<Mention> otherFindings) {

    public AnswerReading {
        answers = List.copyOf(answers);
        otherFindings = List.copyOf(otherFindings);
    }

    static AnswerReading notUnderstood(String clarification, List<Mention> otherFindings) {
        return new AnswerReading(false, List.of(), null, null, clarification, otherFindings);
    }
}
