package health.backspasm.http;

import java.net.URI;

/** Problems for plain HTTP status codes, shared by the exception mappers and the router's fallbacks. */
final class Problems {

    private Problems() {
    }

    /**
     * The problem for a status that the framework decided on; {@code detail} may be null for the
     * type's standard explanation. A status without a problem type of its own gets {@code about:blank}.
     */
    static Problem forStatus(int status, String detail) {
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.RATE_LIMITED;
            default -> null;
        };
        if (type == null) {
            String title = status >= 500 ? ProblemType.INTERNAL.title() : "The request cannot be served";
            return new Problem(URI.create("about:blank"), title, status, detail, null, null);
        }
        return Problem.of(type, detail != null ? detail : standardDetail(type));
    }

    /** The 500 problem: nothing about the failure's cause, which only the log tells. */
    static Problem internal() {
        return Problem.of(ProblemType.INTERNAL,
                "The service failed to answer this request. Try again later; if it keeps failing, tell its operators.");
    }

    private static String standardDetail(ProblemType type) {
        return switch (type) {
            case MALFORMED_REQUEST -> "The request cannot be read: check its parameters, headers and body.";
            case UNAUTHORIZED -> "Send a valid API key.";
            case NOT_FOUND -> "There is no resource at this path. The API lives under /api/v1; see /q/openapi.";
            case METHOD_NOT_ALLOWED -> "This resource does not support the request's method.";
            case NOT_ACCEPTABLE -> "This resource answers in application/json (errors in application/problem+json);"
                    + " send an Accept header that allows it.";
            case PAYLOAD_TOO_LARGE -> "The body is larger than this service accepts.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json with a matching Content-Type header.";
            case RATE_LIMITED -> "Too many requests: wait before trying again.";
            default -> type.title() + ".";
        };
    }
}
