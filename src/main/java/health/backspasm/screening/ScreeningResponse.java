package health.backspasm.screening;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Urgency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/v1/screenings}: the screening with the knowledge version and disclaimer. */
@Schema(description = "The red-flag screening of a case. The level is the highest urgency among the triggered red"
        + " flags, self_care when none is triggered.")
public record ScreeningResponse(
        @Schema(description = "The triage level: emergency (now), urgent (today), consult (within days), self_care.",
                required = true) Urgency level,
        @Schema(description = "The level's title.", required = true, example = "Self-care") String title,
        @Schema(description = "When to act.", required = true, example = "as needed") String timeFrame,
        @Schema(description = "What to do at this level, in plain language.", required = true) String advice,
        @Schema(description = "The red flags the case triggers, most urgent first.", required = true)
        List<TriggeredRedFlag> redFlags,
        @Schema(description = "The red-flag questions not yet answered whose answers could raise the level, grouped"
                + " so that a person answers them in a few screens; empty at emergency.", required = true)
        List<CaseQuestion> pendingQuestions,
        @Schema(description = "The version of the knowledge model used.", required = true, example = "2026.12.1")
        String knowledgeVersion,
        @Schema(description = "What this service is and is not.", required = true) String disclaimer) {

    static ScreeningResponse of(Screening s, Knowledge knowledge) {
        return new ScreeningResponse(s.level(), s.title(), s.timeFrame(), s.advice(), s.redFlags(),
                s.pendingQuestions(), knowledge.version(), knowledge.disclaimer());
    }
}
