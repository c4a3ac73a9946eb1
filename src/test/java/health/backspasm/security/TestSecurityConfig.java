package health.backspasm.security;

import java.util.Optional;
import java.util.OptionalInt;

/** A {@link SecurityConfig} for tests that build the security classes without Quarkus. */
record TestSecurityConfig(String keys, Integer perMinute, int maxClients) implements SecurityConfig {

    static TestSecurityConfig keys(String keys) {
        return new TestSecurityConfig(keys, null, 100);
    }

    static TestSecurityConfig perMinute(int perMinute, int maxClients) {
        return new TestSecurityConfig(null, perMinute, maxClients);
    }

    @Override
    public Optional<String> apiKeys() {
        return Optional.ofNullable(keys);
    }

    @Override
    public RateLimit rateLimit() {
        return new RateLimit() {
            @Override
            public OptionalInt perMinute() {
                return perMinute == null ? OptionalInt.empty() : OptionalInt.of(perMinute);
            }

            @Override
            public int maxClients() {
                return maxClients;
            }
        };
    }
}
