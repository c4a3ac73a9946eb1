package health.backspasm.interpretation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import health.backspasm.cases.CaseInput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a text says: findings present or absent, uncertain mentions, the numbers, and a case built from them. */
@Schema(description = "The findings, numbers and ready-to-send case read from a person's text.",
        requiredProperties = {"findings", "uncertain", "age", "durationDays", "case"})
public record Interpretation(
        @Schema(description = "One entry per finding id said to be present or absent, in text order. When a text "
                + "both denies and affirms a finding, it is present (the safe reading); when it denies it and is also "
                + "unsure of it, it is uncertain.") List<Mention> findings,
        @Schema(description = "Findings mentioned only with doubt (\"not sure if I have numbness\", \"maybe a bit of "
                + "fever\"), state `uncertain`; they are left out of `case`, so that an interview asks about them.")
        List<Mention> uncertain,
        @Schema(description = "Findings named in the text that are not findings of the case, each with its `reason`: "
                + "someone else's, past, or hypothetical (ConText's experiencer and temporality). Left out of `case`. "
                + "`history.*` findings are read from the past by design (\"had breast cancer in 2019\" is in "
                + "`findings`).") List<SetAsideMention> setAside,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The age in years, when the text gives it (0 to 120), else null.", example = "34",
                nullable = true) Integer age,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "How long the pain has lasted, in days (0 to 3650), when the text gives it, else null.",
                example = "3", nullable = true) Integer durationDays,
        @JsonProperty("case")
        @Schema(description = "A case to POST as it is to /api/v1/screenings and /api/v1/assessments: age, "
                + "durationDays and the present and absent findings.") CaseInput caseInput,
        @Schema(description = "Remarks a chatbot must act on: `nothing_recognised` (an empty case is not \"no red "
                + "flags\"), `not_english`. Empty when the text was read as usual.") List<Notice> notices) {
}
