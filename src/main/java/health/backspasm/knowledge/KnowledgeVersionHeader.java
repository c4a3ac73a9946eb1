package health.backspasm.knowledge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Names the knowledge model that answered: every response under {@code /api} (the catalogue, the
 * reasoning and interpretation answers, and their problems) carries {@value #HEADER} with the
 * {@code version} of {@code manifest.yaml}, so that a partner holding a cached answer, or a Swagger UI
 * user, can tell which knowledge gave it without reading the body. Set once the knowledge is loaded;
 * before that (the service is not ready yet) the header is left out.
 */
@ApplicationScoped
class KnowledgeVersionHeader {

    static final String HEADER = "X-Knowledge-Version";

    /** After the request id (10,000), before CORS (300) and every refusal, so that refusals carry it too. */
    private static final int PRIORITY = 5_000;

    private volatile String version;

    void loaded(@Observes KnowledgeLoaded loaded) {
        version = loaded.knowledge().version();
    }

    void register(@Observes Filters filters) {
        filters.register(this::name, PRIORITY);
    }

    void name(RoutingContext rc) {
        String current = version;
        if (current != null && isApi(rc.normalizedPath())) {
            rc.response().putHeader(HEADER, current);
        }
        rc.next();
    }

    private static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
