package health.backspasm.cds;

import health.backspasm.cds.Card.Coding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One CDS Hooks feedback entry: what the clinician did with a card. Never logged. */
@Schema(name = "CdsFeedback")
public record Feedback(
        @Schema(description = "The card's uuid", required = true)
        @NotNull @Pattern(regexp = Feedback.UUID, message = "must be a UUID") String card,
        @Schema(required = true) @NotNull Outcome outcome,
        @Schema(description = "Required when the outcome is accepted") @Size(max = 20)
        List<@Valid @NotNull AcceptedSuggestion> acceptedSuggestions,
        @Valid OverrideReason overrideReason,
        @Schema(description = "When the clinician acted, in UTC", required = true,
                example = "2026-11-30T02:00:00Z") @NotNull OffsetDateTime outcomeTimestamp) {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** What the clinician did. */
    public enum Outcome { accepted, overridden }

    /** A suggestion the clinician accepted, by its uuid. */
    @Schema(name = "CdsAcceptedSuggestion")
    public record AcceptedSuggestion(
            @Schema(required = true) @NotNull @Pattern(regexp = Feedback.UUID, message = "must be a UUID") String id) {
    }

    /** Why a card was overridden: a reason of the card's overrideReasons and/or a comment (never stored). */
    @Schema(name = "CdsOverrideReason")
    public record OverrideReason(Coding reason, @Size(max = 2000) String userComment) {
    }

    /** The answer to feedback: how many entries were counted. */
    @Schema(name = "CdsFeedbackReceipt")
    public record Receipt(@Schema(required = true, example = "1") int counted) {
    }

    /** The feedback request body. */
    @Schema(name = "CdsFeedbackRequest")
    public record Request(
            @Schema(required = true) @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Feedback> feedback) {
    }
}
