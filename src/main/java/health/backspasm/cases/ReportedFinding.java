package health.backspasm.cases;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer of the case: a finding id and whether it is present, absent or unknown to the person. */
@Schema(description = "One answer: a finding id and whether it is present, absent, or unknown to the person.")
public record ReportedFinding(
        @Schema(description = "A finding id of the vocabulary.", required = true, example = "sport.golf")
        @NotNull String id,
        @Schema(description = "present, absent, or unknown (asked, and the person does not know).", required = true)
        @NotNull FindingState state) {
}
