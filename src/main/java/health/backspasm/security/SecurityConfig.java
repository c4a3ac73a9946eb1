package health.backspasm.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The service's own security settings: partner API keys and per-client rate limits. Both are off
 * unless set, so a developer's machine needs no configuration; production sets them through the
 * environment ({@code BACKSPASM_API_KEYS}, {@code BACKSPASM_RATE_LIMIT_PER_MINUTE}).
 */
@ConfigMapping(prefix = "backspasm")
public interface SecurityConfig {

    /**
     * Partner API keys as a comma-separated list of {@code name:sha256-hex-of-key}. When set, every
     * {@code /api/**} request needs an {@code X-API-Key} header whose SHA-256 matches one of the
     * hashes; the name identifies the partner in metrics and rate limits. When unset, the API is
     * open. Only hashes are configured: the service never holds a key.
     */
    Optional<String> apiKeys();

    /** Per-client rate limits. */
    RateLimit rateLimit();

    /** Per-client rate limits, by API key name, else by remote address. */
    interface RateLimit {

        /** Requests each client may make per minute; unset means no limit. */
        OptionalInt perMinute();

        /**
         * At most this many clients' buckets are kept; buckets idle for two minutes (already full
         * again) are dropped first, so memory stays bounded whatever the number of addresses.
         */
        @WithDefault("50000")
        int maxClients();
    }
}
