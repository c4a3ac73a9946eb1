package health.backspasm.screening;

import health.backspasm.cases.CaseExamples;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseInput;
import health.backspasm.http.Problem;
import health.backspasm.knowledge.Knowledge;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/screenings}: maps the case in, screens it, maps the answer out. It runs on the
 * I/O thread ({@link NonBlocking}): the engine only computes and never blocks, and the hop to a worker
 * thread cost more CPU than the screening itself (see src/docs/performance.md).
 */
@Path("/api/v1/screenings")
@Tag(name = "Reasoning", description = "Red-flag screening, cause assessment and the stateless interview.")
public class ScreeningResource {

    private final ScreeningEngine engine;
    private final Knowledge knowledge;

    ScreeningResource(ScreeningEngine engine, Knowledge knowledge) {
        this.engine = engine;
        this.knowledge = knowledge;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Screen a case for red flags",
            description = "Evaluates every red flag of the knowledge model on the case, in three states. A red flag"
                    + " whose rule fires on the present findings is confirmed and sets the level to its urgency; one"
                    + " that would fire only if the findings answered unknown (\"not sure\") were present is"
                    + " unconfirmed and sets the level one step below its urgency, never below consult: unknown is"
                    + " not absent. The level is the highest of these (self_care when none). A finding, age or"
                    + " duration not given is still open, and pendingQuestions lists the open red-flag questions"
                    + " that could raise the level. For every finding present >= unknown >= absent in the level it"
                    + " gives; adding a present finding never lowers the level; the order of findings never matters.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseInput.class),
            examples = {
                @ExampleObject(name = "golfer", summary = "A golfer with gradual lower-back pain",
                        value = CaseExamples.GOLFER_CASE),
                @ExampleObject(name = "cauda-equina", summary = "Saddle numbness and bladder trouble: emergency",
                        value = CaseExamples.CAUDA_EQUINA_CASE),
                @ExampleObject(name = "not-sure", summary = "Not sure about saddle numbness: urgent, cauda equina"
                        + " unconfirmed", value = CaseExamples.NOT_SURE_CASE)}))
    @APIResponse(responseCode = "200", description = "The screening.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningResponse.class),
            examples = {
                @ExampleObject(name = "golfer", summary = "Self-care, red-flag questions pending",
                        value = CaseExamples.GOLFER_SCREENING),
                @ExampleObject(name = "not-sure", summary = "An unconfirmed red flag",
                        value = CaseExamples.NOT_SURE_SCREENING)}))
    @APIResponse(responseCode = "400", description = "The case is invalid: an unknown or repeated finding id, an"
            + " unknown property, a bad state, a number out of range, more than 100 findings, or malformed JSON."
            + " The problem names every offending field.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid-case", value = CaseExamples.INVALID_CASE_PROBLEM)))
    public ScreeningResponse screen(@Valid @NotNull CaseInput body) {
        return ScreeningResponse.of(engine.screen(CaseFacts.of(body)), knowledge);
    }
}
