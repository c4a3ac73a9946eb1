package health.backspasm.catalogue;

import health.backspasm.knowledge.GuidelineStatement;
import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.Urgency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A red flag as the catalogue shows it: the rule as readable text, every finding it reads, what to do
 * when it is confirmed or could not be ruled out, and the guideline statements it implements.
 */
@Schema(name = "RedFlag", description = "A warning sign and the urgency it demands, traced to the guideline"
        + " statements it implements.")
record RedFlagView(
        @Schema(example = CatalogueExamples.RED_FLAG_ID) String id,
        String name,
        @Schema(description = "The level the red flag sets when confirmed; unconfirmed, it sets one step below,"
                + " never below consult") Urgency urgency,
        @Schema(description = "The rule that triggers this red flag, in vocabulary terms; findings count when"
                + " reported present", example = "neuro.saddle_numbness or neuro.bladder_dysfunction") String rule,
        @Schema(description = "Every finding the rule reads") List<String> findingIds,
        @Schema(description = "What to do when this red flag is triggered (confirmed)") String advice,
        @Schema(description = "What to do when it could not be ruled out (unconfirmed: it would fire only if the"
                + " findings answered unknown were present); a screening puts the doubted findings before it")
        String unconfirmedAdvice,
        List<String> sourceIds,
        @Schema(description = "The guideline statements this red flag implements, each with its source and the"
                + " section or list it comes from") List<GuidelineStatement> statements) {

    static RedFlagView of(RedFlag f) {
        return new RedFlagView(f.id(), f.name(), f.urgency(), f.ruleText(), f.findingIds(), f.advice(),
                f.unconfirmedAdvice(), f.sourceIds(), f.statements());
    }
}
