package health.backspasm.http;

import java.net.URI;

/**
 * Every kind of problem the service reports, each with a stable {@code type} URI that clients may
 * switch on. Never rename a slug once published.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "The request is not valid"),
    MALFORMED_JSON("malformed-json", 400, "The body is not valid JSON"),
    MALFORMED_REQUEST("malformed-request", 400, "The request cannot be read"),
    UNAUTHORIZED("unauthorized", 401, "A valid API key is required"),
    INVALID_TOKEN("invalid-token", 401, "A valid signed JWT bearer token is required"),
    UNKNOWN_ID("unknown-id", 404, "No entry has this id"),
    NOT_FOUND("not-found", 404, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "The method is not allowed on this resource"),
    NOT_ACCEPTABLE("not-acceptable", 406, "The requested media type is not available"),
    FORBIDDEN_ORIGIN("forbidden-origin", 403, "The request's origin is not allowed"),
    REQUEST_TIMEOUT("request-timeout", 408, "The request's body did not arrive in time"),
    MISSING_PREFETCH("missing-prefetch", 412, "The prefetched FHIR data the service needs is missing"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "The body's content type is not supported"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    INTERNAL("internal", 500, "Something went wrong on our side");

    /** Problem type URIs are stable names under this base; the README lists them. */
    public static final String BASE = "https://backspasm.health/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
