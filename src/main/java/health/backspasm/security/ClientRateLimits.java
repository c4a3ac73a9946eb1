package health.backspasm.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per client (Bucket4j), refilled greedily to {@code per-minute} tokens a minute.
 * The buckets live in a bounded Caffeine cache: a bucket idle for two minutes is full again, so
 * dropping it changes nothing for its client and keeps memory bounded.
 */
@Startup
@Singleton
public class ClientRateLimits {

    static final Duration IDLE_EXPIRY = Duration.ofMinutes(2);

    private final Integer perMinute;
    private final Cache<String, Bucket> buckets;

    ClientRateLimits(SecurityConfig config) {
        SecurityConfig.RateLimit rateLimit = config.rateLimit();
        this.perMinute = rateLimit.perMinute().isPresent() ? rateLimit.perMinute().getAsInt() : null;
        if (perMinute != null && perMinute < 1) {
            throw new ConfigurationException("Invalid backspasm.rate-limit.per-minute"
                    + " (BACKSPASM_RATE_LIMIT_PER_MINUTE): must be at least 1, or unset for no limit");
        }
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(IDLE_EXPIRY)
                .maximumSize(rateLimit.maxClients())
                .build();
    }

    public boolean enabled() {
        return perMinute != null;
    }

    /**
     * Takes one request from the client's bucket: empty when allowed, else the whole seconds to
     * wait before the next request is allowed (at least 1), for {@code Retry-After}.
     */
    public OptionalLong tryAcquire(String client) {
        if (perMinute == null) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(client, key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1)));
    }

    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
