package health.backspasm.assessment;

import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Phase;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A remedy recommended for the leading causes, with its evidence grade and cautions. */
@Schema(description = "A self-care remedy for the leading causes.")
public record RecommendedRemedy(
        @Schema(description = "The remedy's id (GET /api/v1/remedies/{id}).", required = true,
                example = "remedy.stay_active") String id,
        @Schema(description = "The remedy's name.", required = true) String name,
        @Schema(description = "What to do.", required = true) String instructions,
        @Schema(description = "When it applies: acute (first days), recovery, prevention.", required = true)
        Phase phase,
        @Schema(description = "How well it is backed: guideline, article, or vendor_claim (a seller's claim).",
                required = true) EvidenceGrade evidence,
        @Schema(description = "What to watch out for.", required = true) List<String> cautions,
        @Schema(description = "The leading causes of this case that the remedy serves.", required = true)
        List<String> causeIds) {
}
