package health.backspasm.screening;

import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.Urgency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A red flag that the case triggers, with what to do about it. */
@Schema(description = "A red flag that the case triggers.")
public record TriggeredRedFlag(
        @Schema(description = "The red flag's id (GET /api/v1/red-flags/{id}).", required = true,
                example = "redflag.cauda_equina") String id,
        @Schema(description = "The red flag's name.", required = true) String name,
        @Schema(description = "How urgently it must be seen to.", required = true) Urgency urgency,
        @Schema(description = "What the person should do, in plain language.", required = true) String advice) {

    static TriggeredRedFlag of(RedFlag flag) {
        return new TriggeredRedFlag(flag.id(), flag.name(), flag.urgency(), flag.advice());
    }
}
