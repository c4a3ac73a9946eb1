package health.backspasm.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller knows about one person (the case of {@code vocabulary.md}). A finding that is not
 * listed has not been asked. Unset fields are left out when a case is written (as in an interpretation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidFindings
@Schema(description = "What is known about one person. A finding that is not listed has not been asked;"
        + " each finding id may appear once. Leave out what is not known: null is not accepted (a 400 naming the"
        + " field).",
        additionalProperties = Schema.False.class, example = CaseExamples.GOLFER_CASE)
public record CaseInput(
        @Schema(description = "Age in whole years.", minimum = "0", maximum = "120", example = "52")
        @Min(0) @Max(120) Integer age,
        @Schema(deprecated = true, description = "Deprecated: accepted and checked for compatibility, but no rule,"
                + " weight or question of the knowledge uses it, so it changes no answer. Leave it out.")
        Sex sex,
        @Schema(description = "How many days the pain has lasted.", minimum = "0", maximum = "3650", example = "10")
        @Min(0) @Max(3650) Integer durationDays,
        @Schema(description = "The answers so far: at most 100, each id at most once (ids from GET /api/v1/findings).",
                maxItems = 100)
        @Size(max = 100) List<ReportedFinding> findings) {

    public List<ReportedFinding> findingsOrEmpty() {
        return findings == null ? List.of() : findings;
    }
}
