package health.backspasm.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The most talkative logging the framework and the service have (DEBUG and TRACE), with partner keys
 * on, so that a test can show that nothing a caller sends reaches any log record at any level.
 */
public class PrivacyProfile implements QuarkusTestProfile {

    static final String KEY = "privacy-7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("backspasm.api-keys", "privacy:" + Sha256.hex(KEY)),
                Map.entry("quarkus.log.min-level", "TRACE"),
                Map.entry("quarkus.log.category.\"io.quarkus\".level", "DEBUG"),
                Map.entry("quarkus.log.category.\"io.quarkus.vertx\".level", "TRACE"),
                Map.entry("quarkus.log.category.\"io.quarkus.resteasy.reactive\".level", "TRACE"),
                Map.entry("quarkus.log.category.\"io.quarkus.rest\".level", "TRACE"),
                Map.entry("quarkus.log.category.\"org.jboss.resteasy.reactive\".level", "TRACE"),
                Map.entry("quarkus.log.category.\"io.vertx\".level", "TRACE"),
                Map.entry("quarkus.log.category.\"io.netty\".level", "DEBUG"),
                Map.entry("quarkus.log.category.\"io.smallrye\".level", "DEBUG"),
                Map.entry("quarkus.log.category.\"org.hibernate.validator\".level", "DEBUG"),
                Map.entry("quarkus.log.category.\"health.backspasm\".level", "TRACE"),
                // The capturing handler sees every record; the console stays readable.
                Map.entry("quarkus.log.console.level", "INFO"));
    }
}
