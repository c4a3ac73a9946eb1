package health.backspasm.answers;

import health.backspasm.cases.CaseQuestion;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** A typed reply and the interview question it answers, exactly as the service gave it. */
@Schema(description = "A person's typed reply and the question it answers: a nextQuestion (or pending question)"
        + " exactly as the service gave it.")
public record AnswerRequest(
        @NotNull
        @Schema(required = true, description = "The question, as nextQuestion gave it: its kind and findingIds must be a"
                + " question the interview asks (findings, when sent, must match findingIds).") CaseQuestion question,
        @NotNull
        @CodePointLength(min = 1, max = AnswerRequest.MAX_CODE_POINTS,
                message = "must be 1 to 500 characters (Unicode code points)")
        @Schema(required = true, minLength = 1, maxLength = AnswerRequest.MAX_CODE_POINTS,
                description = "What the person typed back, 1 to 500 characters (Unicode code points).",
                example = "the bladder one") String text) {

    /** A reply to one question is short; a long story belongs to POST /api/v1/interpretations. */
    public static final int MAX_CODE_POINTS = 500;
}
