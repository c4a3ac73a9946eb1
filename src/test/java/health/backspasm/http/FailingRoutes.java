package health.backspasm.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test-only routes that fail in the HTTP layer, below Quarkus REST, for the router's fallbacks. */
@ApplicationScoped
class FailingRoutes {

    void install(@Observes Router router) {
        router.get("/test-only/vertx/crash").handler(ctx -> ctx.fail(new IllegalStateException("a secret detail")));
        router.get("/test-only/vertx/too-large").handler(ctx -> ctx.fail(413));
    }
}
