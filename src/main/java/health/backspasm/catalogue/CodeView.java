package health.backspasm.catalogue;

import health.backspasm.knowledge.ClinicalCode;
import health.backspasm.knowledge.Codes;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinical code of health records that means a catalogue entry (codes.yaml), with its source. */
@Schema(name = "ClinicalCode", description = "A code of a health record's code system (SNOMED CT, ICD-10, LOINC, CPT,"
        + " ATC, RxNorm) that means this entry; the CDS Hooks services read records by these codes.")
record CodeView(
        @Schema(description = "The code system's FHIR URI", example = "http://snomed.info/sct") String system,
        @Schema(description = "The code", example = "279039007") String code,
        @Schema(description = "The code's display text", example = "Low back pain") String display,
        @Schema(description = "True when every code that starts with this one matches too (an ICD-10 category)")
        boolean includeSubcodes,
        @Schema(description = "The sources (kind terminology) the code was taken from") List<String> sourceIds) {

    static List<CodeView> of(Codes codes, String id) {
        return codes.codesFor(id).stream().map(CodeView::of).toList();
    }

    static CodeView of(ClinicalCode c) {
        return new CodeView(c.system(), c.code(), c.display(), c.includeSubcodes(), List.copyOf(c.sourceIds()));
    }
}
