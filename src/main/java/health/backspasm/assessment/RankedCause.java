package health.backspasm.assessment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cause with its score and the answers that explain it. */
@Schema(description = "A cause of back spasms ranked for this case.")
public record RankedCause(
        @Schema(description = "The cause's id (GET /api/v1/causes/{id}).", required = true, example = "cause.overuse")
        String id,
        @Schema(description = "The cause's name.", required = true) String name,
        @Schema(description = "The normalised posterior: prior times the likelihood ratios of the answers, divided by"
                + " the sum over all causes. Between 0 and 1; the scores of all causes add up to 1.",
                required = true, minimum = "0", maximum = "1", example = "0.62") double score,
        @Schema(description = "Whether this cause needs a doctor's assessment.", required = true) boolean needsDoctor,
        @Schema(description = "Whether this cause is among the leading causes whose remedies are listed.",
                required = true) boolean leading,
        @Schema(description = "The answers that point to this cause, strongest first.", required = true)
        List<FindingWeight> supportingFindings,
        @Schema(description = "The answers that speak against this cause, strongest first.", required = true)
        List<FindingWeight> conflictingFindings) {
}
