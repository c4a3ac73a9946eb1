package health.backspasm.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A tiny rate limit with partner keys on, so tests reach the limit in a few requests. */
public class RateLimitProfile implements QuarkusTestProfile {

    static final int PER_MINUTE = 3;
    static final String GAMMA_KEY = "gamma-5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";
    static final String DELTA_KEY = "delta-a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "backspasm.api-keys", "gamma:" + Sha256.hex(GAMMA_KEY) + ",delta:" + Sha256.hex(DELTA_KEY),
                "backspasm.rate-limit.per-minute", Integer.toString(PER_MINUTE));
    }
}
