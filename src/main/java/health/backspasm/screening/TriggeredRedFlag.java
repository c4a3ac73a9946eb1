package health.backspasm.screening;

import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.Urgency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A red flag that the case triggers, confirmed or not ruled out, with what to do about it. */
@Schema(description = "A red flag that the case triggers. A confirmed red flag sets the case's level to its urgency;"
        + " an unconfirmed one (it would fire only if the findings answered unknown were present) sets the level one"
        + " step below its urgency, never below consult.")
public record TriggeredRedFlag(
        @Schema(description = "The red flag's id (GET /api/v1/red-flags/{id}).", required = true,
                example = "redflag.cauda_equina") String id,
        @Schema(description = "The red flag's name.", required = true) String name,
        @Schema(description = "How urgently it must be seen to when confirmed.", required = true) Urgency urgency,
        @Schema(description = "confirmed: the rule fires on the case as it stands; unconfirmed: it would fire if the"
                + " findings answered unknown were present.", required = true) RedFlagStatus status,
        @Schema(description = "The level this red flag sets: its urgency when confirmed, one step below (never below"
                + " consult) when unconfirmed.", required = true) Urgency level,
        @Schema(description = "The findings answered unknown that could not be ruled out (empty when confirmed).",
                required = true, example = "[\"neuro.saddle_numbness\"]") List<String> unknownFindingIds,
        @Schema(description = "What the person should do, in plain language, and when to escalate; for an unconfirmed"
                + " red flag it names what could not be ruled out.", required = true) String advice) {

    public TriggeredRedFlag {
        unknownFindingIds = List.copyOf(unknownFindingIds);
    }

    static TriggeredRedFlag confirmed(RedFlag flag) {
        return new TriggeredRedFlag(flag.id(), flag.name(), flag.urgency(), RedFlagStatus.confirmed, flag.urgency(),
                List.of(), flag.advice());
    }

    static TriggeredRedFlag unconfirmed(RedFlag flag, List<String> unknownFindingIds, String notRuledOut) {
        return new TriggeredRedFlag(flag.id(), flag.name(), flag.urgency(), RedFlagStatus.unconfirmed,
                flag.unconfirmedLevel(), unknownFindingIds, notRuledOut + " " + flag.unconfirmedAdvice());
    }
}
