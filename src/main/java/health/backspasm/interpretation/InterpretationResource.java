package health.backspasm.interpretation;

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
 * POST /api/v1/interpretations: what a chatbot's user typed, read into findings and a case. It runs on
 * the I/O thread ({@link NonBlocking}): the interpreter only computes and never blocks, and the hop to
 * a worker thread cost as much CPU as the interpretation itself (see src/docs/performance.md).
 */
@Path("/api/v1/interpretations")
@Tag(name = "Interpretation", description = "Free text from chatbots, read into findings and a ready case.")
public class InterpretationResource {

    private final Interpreter interpreter;

    InterpretationResource(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a person's words into findings",
            description = "Finds the findings a text names, each `present` or `absent` (\"no numbness\" is absent; "
                    + "\"I didn't warm up\" is `exercise.no_warmup` present), the mentions that are only uncertain, "
                    + "the age and how long the pain has lasted, and returns a `case` ready to POST to "
                    + "/api/v1/screenings and /api/v1/assessments. Offsets `start`/`end` count Unicode code points, "
                    + "`end` exclusive. Case, punctuation, word endings and small typos do not matter. Nothing is "
                    + "stored or logged.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InterpretationRequest.class),
            examples = {
                @ExampleObject(name = "chat", summary = "A person's chat message", value = InterpretationExamples.REQUEST_CHAT),
                @ExampleObject(name = "clinician", summary = "A clinician's shorthand", value = InterpretationExamples.REQUEST_CLINICIAN),
                @ExampleObject(name = "redFlags", summary = "Red flags, with typos", value = InterpretationExamples.REQUEST_RED_FLAGS)}))
    @APIResponse(responseCode = "200", description = "What the text says.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Interpretation.class),
                    examples = @ExampleObject(name = "chat", value = InterpretationExamples.RESPONSE_CHAT)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or `text` is missing, empty or longer "
            + "than 2,000 code points.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "tooLong", value = InterpretationExamples.PROBLEM_TOO_LONG),
                        @ExampleObject(name = "malformed", value = InterpretationExamples.PROBLEM_MALFORMED)}))
    public Interpretation interpret(@NotNull @Valid InterpretationRequest request) {
        return interpreter.interpret(request.text());
    }
}
