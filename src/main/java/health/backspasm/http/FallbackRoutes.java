package health.backspasm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Problem responses for what never reaches Quarkus REST: a path no endpoint serves (inside or
 * outside /api), and failures in the HTTP layer itself. Without these routes the router answers
 * with its own HTML or plain-text pages.
 */
@ApplicationScoped
class FallbackRoutes {

    private static final UnexpectedErrors ERRORS = UnexpectedErrors.of(FallbackRoutes.class);

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
        if (ctx.response().ended() || ctx.response().closed()) {
            // Already answered (a 408 or 413 from BodyLimits) or the client went away: nothing to send,
            // and not the service's fault, so no ERROR (Quarkus' own handler would log one per request).
            return;
        }
        if (ctx.response().headWritten()) {
            ERRORS.log(ctx.failure(), "after the answer had begun");
            ctx.request().connection().close();
            return;
        }
        int status = ctx.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            ERRORS.log(ctx.failure(), "in the HTTP layer");
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
