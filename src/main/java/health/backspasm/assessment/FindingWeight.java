package health.backspasm.assessment;

import health.backspasm.cases.FindingState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer of the case and how much it moved a cause's log score. */
@Schema(description = "An answer of the case and its weight for the cause: the natural-log likelihood ratio added to"
        + " the cause's log score (positive supports the cause, negative speaks against it).")
public record FindingWeight(
        @Schema(description = "The finding id.", required = true, example = "sport.golf") String id,
        @Schema(description = "The answer given.", required = true) FindingState state,
        @Schema(description = "The weight added to the cause's log score.", required = true, example = "1.8")
        double weight) {
}
