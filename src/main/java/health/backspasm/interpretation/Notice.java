package health.backspasm.interpretation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something a chatbot must know about how the text was read, so that an empty result is never taken
 * for "nothing wrong".
 */
@Schema(description = "A machine-readable remark on the reading. `nothing_recognised`: no finding, age or duration "
        + "was found, so the case is empty and its screening (`self_care` with every red-flag question pending) "
        + "does not mean \"no red flags\": ask again or run the interview. `not_english`: the text does not look "
        + "like English, the only language read; `language` gives the ISO 639-1 code identified, when one was.")
public record Notice(
        @Schema(description = "What the notice says.") NoticeCode code,
        @Schema(description = "The same in plain English, for a developer.",
                example = "Nothing in the text was recognised: ask again or run the interview.") String message,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "For `not_english`: the language identified (ISO 639-1), when one was.",
                example = "es", nullable = true) String language) {

    static Notice nothingRecognised() {
        return new Notice(NoticeCode.nothing_recognised,
                "Nothing in the text was recognised: ask again or run the interview.", null);
    }

    static Notice notEnglish(String language) {
        return new Notice(NoticeCode.not_english,
                "The text does not look like English, the only language read: ask again in English.", language);
    }
}
