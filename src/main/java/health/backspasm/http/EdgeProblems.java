package health.backspasm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Writes a problem response straight from the Vert.x layer, for requests refused before they reach
 * a JAX-RS resource (no key, too many requests, too large a body). Same body shape and media type
 * as the problems the resources return.
 */
@Singleton
public class EdgeProblems {

    private final ObjectMapper mapper;

    EdgeProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The problem of a body over {@code maxBodyBytes}, declared or chunked. */
    public static Problem payloadTooLarge(long maxBodyBytes) {
        return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The body may be at most " + maxBodyBytes + " bytes.");
    }

    /** Ends the response with {@code problem}, unless it has already been sent. */
    public void send(RoutingContext rc, Problem problem) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(problem.requestId() == null ? problem.withRequestId(RequestIds.current()) : problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body could not be written", e);
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
