package health.backspasm.index;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code GET /} redirects (302) to Swagger UI, where a person who opens the service's address in a
 * browser finds what it offers. Not part of the contract: it is a convenience for browsers.
 */
@ApplicationScoped
class RootRedirect {

    static final String SWAGGER_UI = "/q/swagger-ui";

    void install(@Observes Router router) {
        router.get("/").handler(rc -> rc.redirect(SWAGGER_UI));
    }
}
