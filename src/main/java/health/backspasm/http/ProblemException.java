package health.backspasm.http;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * Ends a request with a problem response. Engines and resources throw it instead of building error
 * responses themselves, so that every error leaves through the same shape.
 */
public class ProblemException extends WebApplicationException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.toResponse());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** A 400 validation problem about one query parameter, path parameter or body field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid("'" + field + "' " + message,
                List.of(new Problem.FieldError(field, message))));
    }
}
