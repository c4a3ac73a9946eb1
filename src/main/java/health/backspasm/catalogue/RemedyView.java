package health.backspasm.catalogue;

import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Remedy;
import health.backspasm.knowledge.RemedyKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A remedy as the catalogue shows it. */
@Schema(name = "Remedy", requiredProperties = {"id", "name", "instructions", "phase", "evidence", "cautions",
        "causeIds", "sourceIds", "kind", "general", "addresses"},
        description = "A remedy, graded by the evidence behind it: self-care, or (kind medical) a doctor's assessment.")
record RemedyView(
        @Schema(example = CatalogueExamples.REMEDY_ID) String id,
        String name,
        String instructions,
        @Schema(description = "self_care: something a person does or chooses to seek; medical: a doctor's assessment,"
                + " not self-care") RemedyKind kind,
        Phase phase,
        @Schema(description = "guideline: a clinical guideline recommends it; article: an editorial article only;"
                + " vendor_claim: claimed only by someone who sells it") EvidenceGrade evidence,
        @Schema(description = "One of the general guideline-backed remedies for back spasm, given whatever the cause"
                + " (and alone when an assessment's ranking of causes is low-confidence)") boolean general,
        @Schema(description = "When to be careful or not to use it; may be empty") List<String> cautions,
        List<String> causeIds,
        @Schema(description = "The finding ids that are the remedy's reason: an assessment leaves the remedy out when"
                + " every one of them is answered absent; empty when the reason is the cause itself")
        List<String> addresses,
        List<String> sourceIds) {

    static RemedyView of(Remedy r) {
        return new RemedyView(r.id(), r.name(), r.instructions(), r.kind(), r.phase(), r.evidence(), r.general(),
                List.copyOf(r.cautions()), List.copyOf(r.causeIds()), List.copyOf(r.addresses()),
                List.copyOf(r.sourceIds()));
    }
}
