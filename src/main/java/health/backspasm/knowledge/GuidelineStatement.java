package health.backspasm.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One statement of a guideline that a red flag implements: which source, where in it, and what it says
 * (in the project's own words), so that a clinician can trace a rule back to the guidance.
 */
@Schema(description = "A guideline statement that a red flag implements.")
public record GuidelineStatement(
        @Schema(description = "The source (GET /api/v1/sources).", required = true,
                example = "source.girft_cauda_equina_2023") String sourceId,
        @Schema(description = "The section or list of the source the statement comes from.", required = true,
                example = "Suspected cauda equina syndrome: presenting features") String section,
        @Schema(description = "What the source says, in our own words.", required = true,
                example = "Bilateral radicular symptoms (pain, tingling or numbness in both legs) count as suspected"
                        + " CES.") String statement) {
}
