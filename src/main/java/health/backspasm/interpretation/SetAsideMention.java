package health.backspasm.interpretation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding the text names that is not the patient's current finding, with why it was set aside. */
@Schema(description = "A finding named in the text that is not a finding of the case: someone else's "
        + "(`other_person`: \"my mum had breast cancer\"), past (`historical`: \"had a high temperature last week, all "
        + "gone now\") or not said to be happening (`hypothetical`: \"if my legs go weak\", \"could this be cauda "
        + "equina?\"). It is left out of `case`, so the interview still asks about it; a chatbot can acknowledge it "
        + "(\"I noted your mother's history; it doesn't count as yours\"). Offsets as in `findings`.")
public record SetAsideMention(
        @Schema(description = "The finding's id.", example = "history.cancer") String id,
        @Schema(description = "The finding's label, for display.", example = "History of cancer") String label,
        @Schema(description = "What the words say of it where they stand (`present`, `absent` or `uncertain`), "
                + "before it was set aside.") MentionState state,
        @Schema(description = "The words of the text that name the finding, as typed.", example = "breast cancer")
        String text,
        @Schema(description = "Offset of the first code point of `text`, from 0.", example = "8") int start,
        @Schema(description = "Offset just after the last code point of `text` (exclusive).", example = "21") int end,
        @Schema(description = "Why it is not a finding of the case.") SetAsideReason reason) {
}
