package health.backspasm.interpretation;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** What a chatbot sends: the words a person typed. */
@Schema(description = "The words a person typed, in any language script; English is understood.",
        additionalProperties = Schema.False.class)
public record InterpretationRequest(
        @NotNull
        @CodePointLength(min = 1, max = InterpretationRequest.MAX_CODE_POINTS,
                message = "must be 1 to 2000 characters (Unicode code points)")
        @Schema(required = true, minLength = 1, maxLength = InterpretationRequest.MAX_CODE_POINTS,
                description = "1 to 2,000 characters, counted in Unicode code points.",
                example = "I'm 34, lower back spasm since yesterday after golf. No numbness.") String text) {

    public static final int MAX_CODE_POINTS = 2000;
}
