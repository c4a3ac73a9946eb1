package health.backspasm.cases;

import jakarta.validation.constraints.NotNull;

/** One answer of the case: a finding id and whether it is present, absent or unknown to the person. */
public record ReportedFinding(@NotNull String id, @NotNull FindingState state) {
}
