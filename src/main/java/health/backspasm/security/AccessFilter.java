package health.backspasm.security;

import health.backspasm.http.EdgeProblems;
import health.backspasm.http.Problem;
import health.backspasm.http.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may call {@code /api/**}, and how often: checks the partner API key and the client's rate
 * limit in Vert.x, before any body is read or any resource runs. Everything outside {@code /api}
 * (health, metrics, the contract, Swagger UI) stays open. It never logs: keys and whatever else a
 * caller sent stay out of the log.
 */
@ApplicationScoped
class AccessFilter {

    /** Header a partner sends its key in. */
    static final String API_KEY_HEADER = "X-API-Key";
    /** Routing-context key holding the partner name (or {@code anonymous}); never the key. */
    static final String CLIENT_ATTRIBUTE = "backspasm.client";
    static final String ANONYMOUS = "anonymous";
    static final String REQUESTS_METRIC = "backspasm.api.requests";

    /**
     * After Quarkus' CORS filter (300), so that refusals carry CORS headers and preflights are
     * answered by it; before the body limit (240) and every resource.
     */
    private static final int PRIORITY = 250;

    private final ApiKeys apiKeys;
    private final ClientRateLimits rateLimits;
    private final EdgeProblems problems;
    private final MeterRegistry registry;
    private final Map<String, Counter> requests = new ConcurrentHashMap<>();

    AccessFilter(ApiKeys apiKeys, ClientRateLimits rateLimits, EdgeProblems problems, MeterRegistry registry) {
        this.apiKeys = apiKeys;
        this.rateLimits = rateLimits;
        this.problems = problems;
        this.registry = registry;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!isApi(rc.normalizedPath()) || isCorsPreflight(request)) {
            rc.next();
            return;
        }
        Optional<String> partner = apiKeys.required() ? apiKeys.partnerFor(request.getHeader(API_KEY_HEADER))
                : Optional.empty();
        OptionalLong retryAfter = !rateLimits.enabled() ? OptionalLong.empty()
                : rateLimits.tryAcquire(partner.map(name -> "key:" + name)
                        .orElseGet(() -> "address:" + remoteHost(request)));
        if (retryAfter.isPresent()) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            problems.send(rc, rateLimited(retryAfter.getAsLong()));
            return;
        }
        if (apiKeys.required() && partner.isEmpty()) {
            rc.response().putHeader("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
            problems.send(rc, unauthorized());
            return;
        }
        String client = partner.orElse(ANONYMOUS);
        rc.put(CLIENT_ATTRIBUTE, client);
        requests.computeIfAbsent(client, this::requestCounter).increment();
        rc.next();
    }

    /** The request counter of a client, registered once (partner names come from configuration: a few). */
    private Counter requestCounter(String client) {
        return Counter.builder(REQUESTS_METRIC)
                .description("Requests to /api per partner (API key name, or anonymous when keys are off)")
                .tag("client", client)
                .register(registry);
    }

    static Problem unauthorized() {
        return Problem.of(ProblemType.UNAUTHORIZED, "Send a valid partner key in the " + API_KEY_HEADER + " header.");
    }

    static Problem rateLimited(long retryAfterSeconds) {
        return Problem.of(ProblemType.RATE_LIMITED, "This client has used its requests for this minute; retry after "
                + retryAfterSeconds + " seconds.");
    }

    private static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static boolean isCorsPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }

    private static String remoteHost(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }
}
