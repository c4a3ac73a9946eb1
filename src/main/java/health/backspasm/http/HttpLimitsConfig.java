package health.backspasm.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The service's own limits on what a client may hold open, beside Quarkus' (idle timeout, maximum
 * connections, body size: {@code quarkus.http.*}).
 */
@ConfigMapping(prefix = "backspasm.http")
public interface HttpLimitsConfig {

    /**
     * Longest a request's body may take to arrive whole after its headers
     * ({@code BACKSPASM_HTTP_BODY_TIMEOUT}, e.g. {@code 10S}); past it the answer is a 408 problem and
     * the connection is closed. Bounds how long a stalled, trickled or never-ending chunked body
     * holds a connection and the bytes read so far.
     */
    @WithDefault("10S")
    Duration bodyTimeout();
}
