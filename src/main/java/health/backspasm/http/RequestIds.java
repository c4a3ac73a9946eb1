package health.backspasm.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/**
 * Gives every request an id that the caller and the operators can both quote: the caller's own
 * {@value #HEADER} when it is a plain token (1 to {@value #MAX_LENGTH} characters among letters,
 * digits and {@code - _ . :}), else a random UUID. The id is echoed in the {@value #HEADER} response
 * header of every response that passes the router (problems, 404s and refusals of the edge filters
 * included), repeated as {@code requestId} in problem bodies ({@link AnswerBodyWriter}), and put in
 * the logging MDC under {@value #MDC_KEY}, so that every log line written while serving the request
 * carries it. Quarkus keeps the MDC in the request's own Vert.x context, so a worker thread serving
 * the same request sees it too.
 *
 * <p>Privacy: the id is logged. A caller-chosen id is accepted only as a short token of safe
 * characters; partners are asked to send opaque ids (a UUID), never anything about a person. An id
 * that is not such a token is dropped, not logged.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 64;

    /** Before every other filter (CORS is 300), so that even their refusals carry the id. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    void assign(RoutingContext rc) {
        String id = accepted(rc.request().getHeader(HEADER));
        if (id == null) {
            id = randomUuid();
        }
        rc.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        rc.addEndHandler(ended -> MDC.remove(MDC_KEY));
        rc.next();
    }

    /** The id of the request being served on this thread or context, null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id only needs to be unique, not
     * unguessable, and {@link UUID#randomUUID()} would take every request through one shared
     * SecureRandom.
     */
    static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The caller's id when it is an acceptable token, else null (one is generated instead). */
    static String accepted(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!allowed) {
                return null;
            }
        }
        return candidate;
    }
}
