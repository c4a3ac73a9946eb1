package health.backspasm.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller knows about one person (the case of {@code vocabulary.md}). A finding that is not
 * listed has not been asked. Unset fields are left out when a case is written (as in an interpretation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseInput(
        @Min(0) @Max(120) Integer age,
        Sex sex,
        @Min(0) @Max(3650) Integer durationDays,
        @Size(max = 100) List<@NotNull @Valid ReportedFinding> findings) {

    public List<ReportedFinding> findingsOrEmpty() {
        return findings == null ? List.of() : findings;
    }
}
