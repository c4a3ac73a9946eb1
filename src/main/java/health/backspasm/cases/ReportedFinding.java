package health.backspasm.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One answer of the case: a finding id and whether it is present, absent or unknown to the person. Both
 * are required; {@link ValidFindings} checks them with the rest of the list, in one pass.
 */
@Schema(description = "One answer: a finding id and whether it is present, absent, or unknown to the person.",
        additionalProperties = Schema.False.class)
public record ReportedFinding(
        @Schema(description = "A finding id of the vocabulary.", required = true, example = "sport.golf")
        String id,
        @Schema(description = "present, absent, or unknown (asked, and the person does not know).", required = true)
        FindingState state) {
}
