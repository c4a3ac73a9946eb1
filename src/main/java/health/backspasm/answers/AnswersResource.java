package health.backspasm.answers;

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
 * POST /api/v1/answers: a chatbot's typed reply, read as the answer to the question it was given to.
 * Thin: the {@link AnswerReader} does the reading. On the I/O thread, as the interpretation: it only
 * computes. Nothing of the reply is stored or logged.
 */
@Path("/api/v1/answers")
@Tag(name = "Interpretation", description = "Free text from chatbots, read into findings and a ready case.")
public class AnswersResource {

    private final AnswerReader reader;

    AnswersResource(AnswerReader reader) {
        this.reader = reader;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a typed reply as the answer to its question",
            description = "Reads what a person typed back to a nextQuestion: yes, no and \"not sure\" in everyday"
                    + " forms, slang and typos (\"yep\", \"nope\", \"dunno\"); items by position or words (\"the second"
                    + " one\", \"the bladder one\", \"the last two\", \"all but the chest pain\", \"none\"); free"
                    + " descriptions (\"he wet himself\"), read as POST /api/v1/interpretations reads them; numbers for"
                    + " age and duration (\"45\", \"since Tuesday\"). Returns the case entries the reply settles. It never"
                    + " guesses on a red flag: a reply it cannot map with confidence is `understood: false` with a"
                    + " `clarification` and no entries, and a bare \"yes\" to a checklist of several items closes none."
                    + " Nothing is stored or logged.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnswerRequest.class),
            examples = {
                @ExampleObject(name = "bladderOne", summary = "\"the bladder one\" to the emergency checklist",
                        value = AnswerExamples.REQUEST_BLADDER_ONE),
                @ExampleObject(name = "notSure", summary = "\"not sure\" to one red-flag question",
                        value = AnswerExamples.REQUEST_NOT_SURE),
                @ExampleObject(name = "age", summary = "\"45\" to the age question", value = AnswerExamples.REQUEST_AGE),
                @ExampleObject(name = "bareYes", summary = "A bare \"yes\" to a red-flag checklist: clarify",
                        value = AnswerExamples.REQUEST_BARE_YES)}))
    @APIResponse(responseCode = "200", description = "The reply read in context: the entries it settles, or what to ask.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerReading.class),
                    examples = {
                        @ExampleObject(name = "bladderOne", value = AnswerExamples.RESPONSE_BLADDER_ONE),
                        @ExampleObject(name = "notSure", value = AnswerExamples.RESPONSE_NOT_SURE),
                        @ExampleObject(name = "age", value = AnswerExamples.RESPONSE_AGE),
                        @ExampleObject(name = "bareYes", value = AnswerExamples.RESPONSE_BARE_YES)}))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, `text` is missing, empty or longer than"
            + " 500 code points, or `question` is not a question the interview asks (an unknown kind, a finding id that"
            + " is in no question group, findings from two groups or out of order). The problem names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notAQuestion", value = AnswerExamples.PROBLEM_NOT_A_QUESTION)))
    public AnswerReading read(@NotNull @Valid AnswerRequest request) {
        return reader.read(request.question(), request.text());
    }
}
