package health.backspasm.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every request outside {@code /q} as {@code http_server_requests_seconds}, with labels
 * from closed sets only, so that no caller can add series (each one costs heap for the life of the
 * process) or publish what it sent on the open {@code /q/metrics}:
 * <ul>
 * <li>{@code method}: a method some resource declares, HEAD or OPTIONS; any other token
 * ({@code ZZTOP}) is {@code UNKNOWN};</li>
 * <li>{@code uri}: the resource's path template ({@code /api/v1/causes/{id}}) for any path a resource
 * serves, whatever the status (401, 404 unknown id, 405); else {@code NOT_FOUND} for a 404 and
 * {@code UNKNOWN} for anything else;</li>
 * <li>{@code status} and {@code outcome} as the service answered; {@code reset} and {@code UNKNOWN}
 * when the connection closed before the answer ended.</li>
 * </ul>
 * Quarkus' own HTTP binder ({@code quarkus.micrometer.binder.http-server.enabled=false}) labelled
 * unknown methods, and raw paths of refusals ahead of routing, as sent; a Micrometer filter mapping
 * them afterwards would still keep one cache entry per distinct raw label set.
 */
@ApplicationScoped
class RequestMetrics {

    static final String NAME = "http.server.requests";
    static final String UNKNOWN = "UNKNOWN";
    static final String NOT_FOUND = "NOT_FOUND";
    /** Ahead of every other filter (CORS at 300, partner keys at 250), so that their refusals are timed too. */
    private static final int PRIORITY = 10_000;
    private static final Tags RESET = Tags.of("status", "reset", "outcome", Outcome.UNKNOWN.name());

    private final MeterRegistry registry;
    private final AllowedMethods routes;
    private final Meter.MeterProvider<Timer> timers;
    /**
     * The timer of each label set met so far, so that a request looks one up instead of sorting its tags
     * and searching the registry. Bounded as the label sets are: closed sets of methods, templates and
     * outcomes, and the status codes the service answers with.
     */
    private final Map<String, Timer> timersByLabels = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry, AllowedMethods routes) {
        this.registry = registry;
        this.routes = routes;
        this.timers = Timer.builder(NAME).description("HTTP requests, by method, path template and status")
                .withRegistry(registry);
    }

    void register(@Observes Filters filters) {
        filters.register(this::time, PRIORITY);
    }

    /** The timer for these labels; a null status is a connection reset before the answer ended. */
    private Timer timer(String method, String uri, String status) {
        String key = method + ' ' + uri + ' ' + status;
        Timer timer = timersByLabels.get(key);
        if (timer == null) {
            Tags tags = status == null ? RESET.and("method", method, "uri", uri)
                    : Tags.of("method", method, "uri", uri, "status", status,
                            "outcome", Outcome.forStatus(Integer.parseInt(status)).name());
            timer = timersByLabels.computeIfAbsent(key, k -> timers.withTags(tags));
        }
        return timer;
    }

    void time(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path == null || path.startsWith("/q/") || path.equals("/q")) {
            rc.next();
            return;
        }
        Timer.Sample sample = Timer.start(registry);
        String method = routes.isServed(rc.request().method().name()) ? rc.request().method().name() : UNKNOWN;
        String template = routes.template(path);
        rc.addEndHandler(ended -> {
            String uri;
            String status;
            if (ended.succeeded()) {
                int code = rc.response().getStatusCode();
                uri = template != null ? template : code == 404 ? NOT_FOUND : UNKNOWN;
                status = Integer.toString(code);
            } else {
                uri = template != null ? template : UNKNOWN;
                status = null;
            }
            sample.stop(timer(method, uri, status));
        });
        rc.next();
    }
}
