package health.backspasm.catalogue;

import health.backspasm.knowledge.Knowledge;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the catalogue says about the knowledge model as a whole. */
@Schema(name = "KnowledgeSummary", description = "The knowledge model's version, size and sources.")
record KnowledgeView(
        @Schema(description = "Version of the knowledge model; it changes whenever a clinical fact changes",
                example = "2026.12.1") String version,
        @Schema(description = "SHA-256 of every knowledge file; it changes with any edit") String contentHash,
        @Schema(description = "How many entries of each kind the model holds") Counts counts,
        List<SourceView> sources,
        @Schema(description = "backspasm gives guidance, not a diagnosis") String disclaimer) {

    /** The number of entries of each kind. */
    @Schema(name = "KnowledgeCounts")
    record Counts(int findings, int causes, int remedies, int redFlags, int sources) {
    }

    static KnowledgeView of(Knowledge k) {
        return new KnowledgeView(k.version(), k.contentHash(),
                new Counts(k.findings().size(), k.causes().size(), k.remedies().size(), k.redFlags().size(),
                        k.sources().size()),
                k.sources().all().stream().map(SourceView::of).toList(), k.disclaimer());
    }
}
