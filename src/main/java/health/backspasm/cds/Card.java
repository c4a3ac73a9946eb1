package health.backspasm.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CDS Hooks card. The summary is under 140 characters; the detail is Markdown; the source names
 * the guideline the advice comes from. {@code selectionBehavior} is set whenever there are
 * suggestions, as the specification requires.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "CdsCard", description = "A CDS Hooks card.")
public record Card(
        @Schema(description = "Unique id of the card, for feedback", required = true) String uuid,
        @Schema(description = "One-sentence summary under 140 characters", required = true, maxLength = 139)
        String summary,
        @Schema(description = "Details in GitHub-flavoured Markdown") String detail,
        @Schema(description = "info, warning or critical", required = true) Indicator indicator,
        @Schema(required = true) CardSource source,
        List<Suggestion> suggestions,
        @Schema(description = "at-most-one when there are suggestions", example = "at-most-one")
        String selectionBehavior,
        @Schema(description = "Reasons a clinician may give for overriding the card") List<Coding> overrideReasons,
        List<CardLink> links) {

    /** How urgent a card is, in the specification's spelling. */
    public enum Indicator { info, warning, critical }

    /** The primary source of the card's guidance. */
    @Schema(name = "CdsCardSource")
    public record CardSource(@Schema(required = true) String label, String url) {
    }

    /** A set of actions the clinician may accept. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsSuggestion")
    public record Suggestion(@Schema(required = true) String label, String uuid, Boolean isRecommended,
            List<Action> actions) {
    }

    /** One action of a suggestion: here, deleting a draft order ({@code resourceId} {@code ServiceRequest/id}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CdsAction")
    public record Action(@Schema(required = true, example = "delete") String type, String description,
            String resourceId) {
    }

    /** A link to more information: the guideline. */
    @Schema(name = "CdsLink")
    public record CardLink(@Schema(required = true) String label, @Schema(required = true) String url,
            @Schema(required = true, example = "absolute") String type) {
    }

    /** A FHIR-style Coding. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CdsCoding")
    public record Coding(@Schema(required = true) String system, @Schema(required = true) String code,
            String display) {
    }
}
