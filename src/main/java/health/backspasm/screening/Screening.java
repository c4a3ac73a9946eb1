package health.backspasm.screening;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.knowledge.Urgency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The red-flag screening of a case: the level, why, what to do, and what is still to ask. */
@Schema(name = "Triage", description = "The red-flag screening inside an assessment (its `triage`): the fields of a"
        + " ScreeningResponse without knowledgeVersion and disclaimer, which the assessment carries itself. The level is"
        + " the highest urgency among the triggered red flags, self_care when none is triggered.")
public record Screening(
        @Schema(description = "The triage level: emergency (now), urgent (today), consult (within days), self_care.",
                required = true) Urgency level,
        @Schema(description = "The level's title.", required = true, example = "Self-care") String title,
        @Schema(description = "When to act.", required = true, example = "as needed") String timeFrame,
        @Schema(description = "What to do at this level, in plain language.", required = true) String advice,
        @Schema(description = "The red flags the case triggers, most urgent first.", required = true)
        List<TriggeredRedFlag> redFlags,
        @Schema(description = "The red-flag questions not yet answered whose answers could raise the level, grouped"
                + " so that a person answers them in a few screens; empty at emergency.", required = true)
        List<CaseQuestion> pendingQuestions) {

    public Screening {
        redFlags = List.copyOf(redFlags);
        pendingQuestions = List.copyOf(pendingQuestions);
    }
}
