package health.backspasm.catalogue;

import health.backspasm.knowledge.Codes;
import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.Urgency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A red flag as the catalogue shows it: the rule as readable text and every finding it reads. */
@Schema(name = "RedFlag", description = "A warning sign and the urgency it demands.")
record RedFlagView(
        @Schema(example = CatalogueExamples.RED_FLAG_ID) String id,
        String name,
        Urgency urgency,
        @Schema(description = "The rule that triggers this red flag, in vocabulary terms; findings count when"
                + " reported present", example = "neuro.saddle_numbness or neuro.bladder_dysfunction") String rule,
        @Schema(description = "Every finding the rule reads") List<String> findingIds,
        @Schema(description = "What to do when this red flag is triggered") String advice,
        List<String> sourceIds,
        @Schema(description = "Codes of health records that mean this red flag (codes.yaml)") List<CodeView> codes) {

    static RedFlagView of(RedFlag f, Codes codes) {
        return new RedFlagView(f.id(), f.name(), f.urgency(), f.ruleText(), List.copyOf(f.findingIds()), f.advice(),
                List.copyOf(f.sourceIds()), CodeView.of(codes, f.id()));
    }
}
