package health.backspasm.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes the {@code Allow} header of an {@code OPTIONS} answer say what the path really supports. Quarkus
 * REST's own answer lists HEAD on every path, POST-only ones included, where HEAD is a 405; this
 * replaces it with the methods the resources declare ({@link AllowedMethods}: HEAD only beside GET), the
 * same list a 405 gives. Other methods pass untouched.
 */
@ApplicationScoped
class OptionsAllow {

    /** Runs late among the filters: it only changes a header of the answer. */
    private static final int PRIORITY = 100;

    private final AllowedMethods allowedMethods;

    OptionsAllow(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        if (rc.request().method() == HttpMethod.OPTIONS) {
            String path = rc.request().path();
            rc.addHeadersEndHandler(ignored -> {
                if (rc.response().headers().contains(HttpHeaders.ALLOW)) {
                    String allow = allowedMethods.allow(path);
                    if (!allow.isEmpty()) {
                        rc.response().headers().set(HttpHeaders.ALLOW, allow);
                    }
                }
            });
        }
        rc.next();
    }
}
