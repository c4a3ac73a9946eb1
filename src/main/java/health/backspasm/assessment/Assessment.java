package health.backspasm.assessment;

import health.backspasm.cases.CaseQuestion;
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
        @Schema(description = "Every cause, best first.", required = true) List<RankedCause> causes,
        @Schema(description = "Remedies for the leading causes: acute ones first while the pain is recent (28 days or"
                + " less, or not given), recovery next, prevention last; within a phase guideline before article"
                + " before vendor_claim. Empty at emergency.", required = true) List<RecommendedRemedy> remedies,
        @Schema(description = "Whether the person should see a doctor: the level is consult or above, or a leading"
                + " cause needs a doctor.", required = true) boolean needsDoctor,
        @Schema(description = "The next question to ask, or null when the interview is complete.", nullable = true)
        CaseQuestion nextQuestion,
        @Schema(description = "True when no red-flag question is open and no further question would change the"
                + " advice; true at once at emergency.", required = true) boolean complete,
        @Schema(description = "The version of the knowledge model used.", required = true, example = "2026.12.1")
        String knowledgeVersion,
        @Schema(description = "What this service is and is not.", required = true) String disclaimer) {

    public Assessment {
        causes = List.copyOf(causes);
        remedies = List.copyOf(remedies);
    }
}
