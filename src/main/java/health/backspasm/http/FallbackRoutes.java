package health.backspasm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Problem responses for what never reaches Quarkus REST: a path no endpoint serves (inside or
 * outside /api), and failures in the HTTP layer itself. Without these routes the router answers
 * with its own HTML or plain-text pages.
 */
@ApplicationScoped
class FallbackRoutes {

    private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);

    /** Just before the router's own last routes, so that every other route is tried first. */
    private static final int ORDER = Integer.MAX_VALUE - 1;

    private final ObjectMapper json;

    FallbackRoutes(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::notFound);
        router.route().order(ORDER).failureHandler(this::failed);
    }

    private void notFound(RoutingContext ctx) {
        send(ctx, Problems.forStatus(404, null));
    }

    private void failed(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            Throwable failure = ctx.failure();
            LOG.errorf(failure, "Unexpected %s in the HTTP layer",
                    failure == null ? "failure" : failure.getClass().getName());
            send(ctx, Problems.internal());
            return;
        }
        send(ctx, Problems.forStatus(status, null));
    }

    private void send(RoutingContext ctx, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(json.writeValueAsBytes(problem.withRequestId(RequestIds.current()))));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
