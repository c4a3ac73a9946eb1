package health.backspasm.assessment;

import health.backspasm.cases.CaseExamples;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseInput;
import health.backspasm.http.Problem;
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
 * {@code POST /api/v1/assessments}: maps the case in, assesses it, maps the answer out. It runs on the
 * I/O thread ({@link NonBlocking}): the engines only compute and never block, and the hop to a worker
 * thread cost more CPU than the assessment itself (see src/docs/performance.md).
 */
@Path("/api/v1/assessments")
@Tag(name = "Reasoning", description = "Red-flag screening, cause assessment and the stateless interview.")
public class AssessmentResource {

    private final AssessmentEngine engine;

    AssessmentResource(AssessmentEngine engine) {
        this.engine = engine;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a case: triage, causes, remedies and the next question",
            description = "Screens the case for red flags first (triage), then ranks every cause. A cause's score is"
                    + " its normalised posterior: ln(prior) plus the natural-log likelihood ratio of each answer that"
                    + " the knowledge weighs (the present weight when present, the absent weight when absent; unknown"
                    + " adds nothing), turned into probabilities that add up to 1 over all causes. Causes within half"
                    + " of the top score lead (at most 3) and bring their remedies. The stateless interview: ask"
                    + " nextQuestion, add the answer to the case, call again, until complete is true. Red-flag"
                    + " questions come first; at emergency the interview is complete at once, the emergency advice"
                    + " leads and no self-care remedy is given.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseInput.class),
            examples = {
                @ExampleObject(name = "golfer", summary = "A golfer with gradual lower-back pain",
                        value = CaseExamples.GOLFER_CASE),
                @ExampleObject(name = "cauda-equina", summary = "Saddle numbness and bladder trouble: emergency",
                        value = CaseExamples.CAUDA_EQUINA_CASE),
                @ExampleObject(name = "not-sure", summary = "Not sure about saddle numbness: urgent, cauda equina"
                        + " unconfirmed", value = CaseExamples.NOT_SURE_CASE)}))
    @APIResponse(responseCode = "200", description = "The assessment.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assessment.class),
            examples = @ExampleObject(name = "golfer", value = CaseExamples.GOLFER_ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "The case is invalid: an unknown or repeated finding id, an"
            + " unknown property, a bad state, a number out of range, more than 100 findings, or malformed JSON."
            + " The problem names every offending field.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid-case", value = CaseExamples.INVALID_CASE_PROBLEM)))
    public Assessment assess(@Valid @NotNull CaseInput body) {
        return engine.assess(CaseFacts.of(body));
    }
}
