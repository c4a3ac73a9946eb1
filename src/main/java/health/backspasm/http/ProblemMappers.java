package health.backspasm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that reaches Quarkus REST to a problem response: the framework's own (bad
 * JSON, wrong method, wrong content type, validation), ours, and anything unexpected, which becomes
 * a 500 without a class name or stack trace. Mappers of closer exception types win, so each method
 * handles exactly its kind.
 */
class ProblemMappers {

    private static final UnexpectedErrors ERRORS = UnexpectedErrors.of(ProblemMappers.class);

    /** Headers of a framework error response that the client needs in the problem response too. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE);

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    Response problem(ProblemException e) {
        return e.getResponse();
    }

    /** Jackson errors that Quarkus REST lets through as they are (mismatched input, unknown property). */
    @ServerExceptionMapper
    Response json(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException) {
            return unexpected(e);
        }
        return JsonProblems.of(e).toResponse();
    }

    /** Overrides Quarkus REST's own mapper, whose body is not a problem. */
    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e) {
        return JsonProblems.of(e).toResponse();
    }

    /**
     * A body that could not be read: the client closed the connection or stopped sending (then
     * BodyLimits has already answered 408). The client's doing, so no ERROR; JSON and encoding
     * errors, also I/O exceptions, have mappers of their own.
     */
    @ServerExceptionMapper
    Response unreadableBody(IOException e) {
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The body could not be read to its end.").toResponse();
    }

    @ServerExceptionMapper
    Response violations(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(Violations::isAboutReturnValue)) {
            return unexpected(e);
        }
        return Violations.toProblem(e.getConstraintViolations()).toResponse();
    }

    /** A constraint declared wrongly in our code, not a bad request. */
    @ServerExceptionMapper
    Response validation(ValidationException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String allow = status == 405 ? allow(original, uri) : null;
        Problem problem = Problems.forStatus(status,
                allow == null ? null : "This resource does not support the request's method; use " + allow + ".");
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        for (String header : KEPT_HEADERS) {
            String value = original.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e) {
        ERRORS.log(e, "while serving a request");
        return Problems.internal().toResponse();
    }

    /** The Allow header of a 405: the framework's own if it sent one, else what the resources declare. */
    private String allow(Response original, UriInfo uri) {
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow == null || allow.isBlank()) {
            allow = allowedMethods.allow(uri.getPath());
        }
        return allow.isBlank() ? null : allow;
    }
}
