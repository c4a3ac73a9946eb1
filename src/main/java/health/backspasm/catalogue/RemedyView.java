package health.backspasm.catalogue;

import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Remedy;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A remedy as the catalogue shows it. */
@Schema(name = "Remedy", requiredProperties = {"id", "name", "instructions", "phase", "evidence", "cautions",
        "causeIds", "sourceIds"}, description = "A self-care remedy, graded by the evidence behind it.")
record RemedyView(
        @Schema(example = CatalogueExamples.REMEDY_ID) String id,
        String name,
        String instructions,
        Phase phase,
        @Schema(description = "guideline: a clinical guideline recommends it; article: an editorial article only;"
                + " vendor_claim: claimed only by someone who sells it") EvidenceGrade evidence,
        @Schema(description = "When to be careful or not to use it; may be empty") List<String> cautions,
        List<String> causeIds,
        List<String> sourceIds) {

    static RemedyView of(Remedy r) {
        return new RemedyView(r.id(), r.name(), r.instructions(), r.phase(), r.evidence(), List.copyOf(r.cautions()),
                List.copyOf(r.causeIds()), List.copyOf(r.sourceIds()));
    }
}
