package health.backspasm.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem response body. {@code errors} lists each offending field of an invalid
 * request (a problem-type extension member); it is left out for other problems. {@code requestId}
 * (an extension member too) is the request's id, added as the problem leaves ({@link RequestIds}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem: what went wrong, with a stable type URI to switch on")
public record Problem(
        @Schema(description = "Stable URI of the kind of problem; the README lists them",
                example = "https://backspasm.health/problems/unknown-id") URI type,
        @Schema(description = "Short summary of the kind of problem", example = "No entry has this id") String title,
        @Schema(description = "The HTTP status code", example = "404") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "Each offending field of an invalid request; only for validation problems")
        List<FieldError> errors,
        @Schema(description = "The request's id, as in the X-Request-Id response header: the caller's own when it"
                + " sent an acceptable one, else one the service made up. Quote it when reporting a problem",
                example = "3f2c9a4e-8d1b-4f6a-9c3e-2b7d5e1a0f42") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: a JSON path such as {@code findings[2].id}, and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path of the field in the body, or the name of the query parameter",
                    example = "findings[2].state") String field,
            @Schema(example = "must be one of: present, absent, unknown") String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(type.uri(), type.title(), type.status(), detail, List.copyOf(errors), null);
    }

    /** This problem with the id of the request it answers (null leaves it out of the body). */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, errors, id);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
