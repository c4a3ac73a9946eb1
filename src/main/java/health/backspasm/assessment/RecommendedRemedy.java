package health.backspasm.assessment;

import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.RemedyKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A remedy recommended for this case, with what it answers: the leading causes it serves and the
 * case's findings that are its reason.
 */
@Schema(description = "A remedy recommended for this case: self-care, or (kind medical) a doctor's assessment, with"
        + " its evidence grade, its cautions, and what it answers in this case.")
public record RecommendedRemedy(
        @Schema(description = "The remedy's id (GET /api/v1/remedies/{id}).", required = true,
                example = "remedy.stay_active") String id,
        @Schema(description = "The remedy's name.", required = true) String name,
        @Schema(description = "What to do.", required = true) String instructions,
        @Schema(description = "self_care: something the person does or chooses to seek; medical: have a doctor"
                + " assess it (not self-care).", required = true) RemedyKind kind,
        @Schema(description = "When it applies: acute (first days), recovery, prevention.", required = true)
        Phase phase,
        @Schema(description = "How well it is backed: guideline, article, or vendor_claim (a seller's claim)."
                + " A vendor_claim remedy always comes after every guideline and article remedy.",
                required = true) EvidenceGrade evidence,
        @Schema(description = "True for the general guideline-backed remedies for back spasm (stay active, heat,"
                + " pain relief, exercise), which help whatever the cause; at low confidence only these (and a"
                + " medical assessment when a leading cause needs a doctor) are given.", required = true)
        boolean general,
        @Schema(description = "What to watch out for.", required = true) List<String> cautions,
        @Schema(description = "The leading causes of this case that the remedy serves, best first; may be empty for a"
                + " general remedy.", required = true) List<String> causeIds,
        @Schema(description = "The case's present findings that are this remedy's reason (for example"
                + " lifting.heavy_objects for lifting with bent knees); empty when its reason is the cause"
                + " itself.", required = true) List<String> findingIds) {
}
