package health.backspasm.catalogue;

import health.backspasm.knowledge.Codes;
import health.backspasm.knowledge.Finding;
import health.backspasm.knowledge.FindingKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding as the catalogue shows it. */
@Schema(name = "Finding", requiredProperties = {"id", "label", "kind", "question", "sourceIds"}, description = "Something a person can report, with the question that asks for it.")
record FindingView(
        @Schema(description = "Stable id of the vocabulary", example = CatalogueExamples.FINDING_ID) String id,
        @Schema(description = "Short name", example = "Numbness around the genitals, anus or inner thighs") String label,
        FindingKind kind,
        @Schema(description = "The plain-language question to ask a person") String question,
        @Schema(description = "The sources this finding is taken from") List<String> sourceIds,
        @Schema(description = "Codes of health records that mean this finding (codes.yaml)") List<CodeView> codes) {

    static FindingView of(Finding f, Codes codes) {
        return new FindingView(f.id(), f.label(), f.kind(), f.question(), List.copyOf(f.sourceIds()),
                CodeView.of(codes, f.id()));
    }
}
