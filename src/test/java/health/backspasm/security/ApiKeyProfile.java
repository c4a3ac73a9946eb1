package health.backspasm.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Partner keys on, and CORS open to one origin, as a production deployment for browser apps would be. */
public class ApiKeyProfile implements QuarkusTestProfile {

    static final String ACME_KEY = "acme-9c4e2f7a1b3d5e6f8a0b2c4d6e8f0a1b";
    static final String BETA_KEY = "beta-1f2e3d4c5b6a79880a9b8c7d6e5f4a3b";
    static final String ALLOWED_ORIGIN = "https://app.partner.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "backspasm.api-keys", "acme:" + Sha256.hex(ACME_KEY) + ",beta:" + Sha256.hex(BETA_KEY),
                "quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", ALLOWED_ORIGIN);
    }
}
