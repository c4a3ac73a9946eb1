package health.backspasm.security;

import health.backspasm.http.EdgeProblems;
import health.backspasm.http.Problem;
import health.backspasm.http.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With CORS on, a request from an origin that is not allowed gets a 403 problem saying so, where
 * Quarkus' CORS filter would end it with an empty 403. The origins are Quarkus' own setting
 * ({@code quarkus.http.cors.origins}: exact origins, {@code *}, or {@code /regex/}); a same-origin
 * request is always allowed, as Quarkus allows it.
 */
@ApplicationScoped
class OriginRefusals {

    /** Just ahead of Quarkus' CORS filter (300). */
    private static final int PRIORITY = 301;

    private final EdgeProblems problems;
    private final boolean enabled;
    private final List<String> exact;
    private final List<Pattern> patterns;
    private final boolean any;

    OriginRefusals(EdgeProblems problems,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.problems = problems;
        this.enabled = enabled;
        List<String> configured = origins.orElse(List.of()).stream().map(String::strip).toList();
        this.any = configured.contains("*");
        this.exact = configured.stream().filter(o -> !isRegex(o)).toList();
        this.patterns = configured.stream().filter(OriginRefusals::isRegex)
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::check, PRIORITY);
        }
    }

    void check(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || any || allowed(origin) || sameOrigin(rc, origin)) {
            rc.next();
            return;
        }
        rc.response().putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        problems.send(rc, refused());
    }

    static Problem refused() {
        return Problem.of(ProblemType.FORBIDDEN_ORIGIN, "Browser requests from this origin are not allowed;"
                + " the service's operator lists the allowed ones (quarkus.http.cors.origins).");
    }

    private boolean allowed(String origin) {
        if (exact.contains(origin)) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameOrigin(RoutingContext rc, String origin) {
        String host = rc.request().getHeader(HttpHeaders.HOST);
        return host != null && origin.equalsIgnoreCase(rc.request().scheme() + "://" + host);
    }

    private static boolean isRegex(String origin) {
        return origin.length() > 2 && origin.startsWith("/") && origin.endsWith("/");
    }
}
