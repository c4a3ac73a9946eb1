package health.backspasm.interpretation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding found in a text, with where it was said. */
@Schema(requiredProperties = {"id", "label", "state", "text", "start", "end"},
        description = "A finding found in the text. `start` and `end` are offsets into the text counted in "
        + "Unicode code points (not UTF-16 units or bytes), `end` exclusive: the code points start..end-1 are `text`.")
public record Mention(
        @Schema(description = "The finding's id (see GET /api/v1/findings).", example = "pain.lower_back") String id,
        @Schema(description = "The finding's label, for display.", example = "Pain in the lower back") String label,
        @Schema(description = "`present` or `absent` in `findings`; `uncertain` in `uncertain`.") MentionState state,
        @Schema(description = "The words of the text that name the finding, as typed.", example = "lower back") String text,
        @Schema(description = "Offset of the first code point of `text`, from 0.", example = "14") int start,
        @Schema(description = "Offset just after the last code point of `text` (exclusive).", example = "24") int end) {
}
