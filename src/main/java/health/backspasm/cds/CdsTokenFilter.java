package health.backspasm.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import health.backspasm.http.EdgeProblems;
import health.backspasm.http.Problem;
import health.backspasm.http.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Requires a valid CDS Hooks JWT ({@link CdsTokenVerifier}) on every POST under {@code /cds-services}
 * when {@code backspasm.cds.auth.enabled} is true, before any body is read. Refusals are a 401 problem
 * and a count by reason ({@code backspasm.cds.auth.rejections}); the token is never logged. A missing
 * or broken issuers file stops the start, naming the file and what is wrong.
 */
@ApplicationScoped
class CdsTokenFilter {

    private static final String PREFIX = "/cds-services/";
    /** With the API key check (250): before the body limit (240) and every resource. */
    private static final int PRIORITY = 249;

    private final EdgeProblems problems;
    private final MeterRegistry registry;
    private final CdsTokenVerifier verifier;
    private final String audienceBase;

    CdsTokenFilter(CdsAuthConfig config, EdgeProblems problems, MeterRegistry registry, ObjectMapper json) {
        this.problems = problems;
        this.registry = registry;
        if (!config.enabled()) {
            this.verifier = null;
            this.audienceBase = null;
            return;
        }
        String base = config.audienceBase().orElseThrow(() -> new IllegalStateException(
                "backspasm.cds.auth.audience-base is required when backspasm.cds.auth.enabled is true"));
        this.audienceBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        Path file = config.issuersFile().orElseThrow(() -> new IllegalStateException(
                "backspasm.cds.auth.issuers-file is required when backspasm.cds.auth.enabled is true"));
        this.verifier = new CdsTokenVerifier(readIssuers(file, json), config.maxLifetime(), config.clockSkew(),
                Clock.systemUTC());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (verifier == null || path == null || !path.startsWith(PREFIX) || rc.request().method() != HttpMethod.POST) {
            rc.next();
            return;
        }
        String header = rc.request().getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
        CdsTokenVerifier.Verdict verdict = verifier.verify(token, audienceBase + path);
        if (verdict.accepted()) {
            rc.next();
            return;
        }
        registry.counter("backspasm.cds.auth.rejections", "reason", verdict.rejection().name()).increment();
        rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        problems.send(rc, Problem.of(ProblemType.INVALID_TOKEN, "The JWT bearer token was refused ("
                + verdict.rejection().name().replace('_', ' ') + "). Send a JWT signed with an asymmetric algorithm"
                + " (ES384 or RS384) by an allowlisted issuer, with aud the URL called, a short exp and a new jti."));
    }

    /** The issuers file: each issuer's public JWKs; private or symmetric keys stop the start. */
    static Map<String, JWKSet> readIssuers(Path file, ObjectMapper json) {
        try {
            JsonNode root = json.readTree(Files.readAllBytes(file));
            Map<String, JWKSet> issuers = new HashMap<>();
            int index = 0;
            for (JsonNode issuer : root.path("issuers")) {
                String where = file + ", issuers[" + index++ + "]: ";
                String iss = issuer.path("iss").asText("");
                if (iss.isBlank()) {
                    throw new IllegalStateException(where + "'iss' is missing");
                }
                JWKSet keys = JWKSet.parse(json.writeValueAsString(issuer.path("jwks")));
                for (JWK key : keys.getKeys()) {
                    if (key.isPrivate() || !(key.getKeyType().getValue().equals("RSA")
                            || key.getKeyType().getValue().equals("EC")) || key.getKeyID() == null) {
                        throw new IllegalStateException(where + "every key must be a public RSA or EC key with a kid");
                    }
                }
                if (keys.getKeys().isEmpty() || issuers.put(iss, keys) != null) {
                    throw new IllegalStateException(where + "needs keys, and each iss is listed once");
                }
            }
            if (issuers.isEmpty()) {
                throw new IllegalStateException(file + ": 'issuers' is empty");
            }
            return issuers;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(file + ": cannot be read as the issuers file (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }
}
