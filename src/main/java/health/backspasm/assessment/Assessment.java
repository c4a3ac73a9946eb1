package health.backspasm.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.interview.CompletionReason;
import health.backspasm.knowledge.Confidence;
import health.backspasm.screening.Screening;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/v1/assessments}: screening first, then causes, remedies and the interview. */
@Schema(description = "The assessment of a case: the red-flag screening (always run first), the causes ranked, the"
        + " remedies for the leading causes, and the next interview question.")
public record Assessment(
        @Schema(description = "What to do first, in plain language: the advice of the triage level (at emergency,"
                + " the emergency advice), followed by the advice of the most urgent red flag triggered.", required = true) String advice,
        @Schema(description = "The red-flag screening.", required = true) Screening triage,
        @Schema(description = "How sure the ranking of causes is. With top the leading cause's score and margin its"
                + " lead over the next cause: high when top >= 0.6 and margin >= 0.3, moderate when top >= 0.4 and"
                + " margin >= 0.15, low otherwise (the thresholds of the knowledge's assessment.yaml). At low the"
                + " causes are only possibilities and the remedies are the general ones.", required = true)
        Confidence confidence,
        @Schema(description = "What the confidence means for the person, in plain language; at low it says that no"
                + " cause stands out and that the remedies are the general ones.", required = true)
        String confidenceNote,
        @Schema(description = "Every cause, best first.", required = true) List<RankedCause> causes,
        @Schema(description = "The remedies: those of the leading causes, or at low confidence the general"
                + " guideline-backed ones (with a medical assessment when a leading cause needs a doctor). A"
                + " remedy whose reason the person denied (every finding it addresses answered absent) is left"
                + " out. Order: every vendor_claim after every guideline and article remedy; then acute first while"
                + " the pain is recent (28 days or less, or not given), otherwise recovery first, prevention last;"
                + " then guideline before article. Empty at emergency.", required = true)
        List<RecommendedRemedy> remedies,
        @Schema(description = "Whether the person should see a doctor: the level is consult or above, or a leading"
                + " cause needs a doctor.", required = true) boolean needsDoctor,
        @Schema(description = "The next question to ask, or null when the interview is complete.", nullable = true,
                required = true)
        CaseQuestion nextQuestion,
        @Schema(description = "True when no red-flag question is open and either the ranking is confident (high or"
                + " moderate), or no remaining question could change the leading causes or the advice, or the"
                + " interview has reached its cap of 15 questions; true at once at emergency.", required = true)
        boolean complete,
        @Schema(description = "Why the interview is complete: emergency, confident (high or moderate), settled (no"
                + " remaining question could change the leading causes or the advice) or question_cap; left out"
                + " while it is not complete.") @JsonInclude(JsonInclude.Include.NON_NULL)
        CompletionReason completionReason,
        @Schema(description = "The version of the knowledge model used.", required = true, example = "2026.12.1")
        String knowledgeVersion,
        @Schema(description = "What this service is and is not.", required = true) String disclaimer) {

    public Assessment {
        causes = List.copyOf(causes);
        remedies = List.copyOf(remedies);
    }
}
