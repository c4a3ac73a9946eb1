package health.backspasm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClientRateLimitsTest {

    @Test
    void shouldAllowPerMinuteRequestsThenAskToRetryWithinTheMinute() {
        ClientRateLimits limits = new ClientRateLimits(TestSecurityConfig.perMinute(3, 100));

        IntStream.range(0, 3).forEach(i -> assertThat(limits.tryAcquire("key:acme")).isEmpty());
        OptionalLong retryAfter = limits.tryAcquire("key:acme");

        assertThat(retryAfter).isPresent();
        assertThat(retryAfter.getAsLong()).isBetween(1L, 60L);
    }

    @Test
    void shouldCountEachClientSeparately() {
        ClientRateLimits limits = new ClientRateLimits(TestSecurityConfig.perMinute(1, 100));

        assertThat(limits.tryAcquire("key:acme")).isEmpty();
        assertThat(limits.tryAcquire("key:acme")).isPresent();
        assertThat(limits.tryAcquire("address:127.0.0.1")).isEmpty();
    }

    @Test
    void shouldKeepMemoryBoundedWhateverTheNumberOfClients() {
        ClientRateLimits limits = new ClientRateLimits(TestSecurityConfig.perMinute(5, 50));

        IntStream.range(0, 5_000).forEach(i -> limits.tryAcquire("address:10.0." + (i / 256) + "." + (i % 256)));

        assertThat(limits.trackedClients()).isLessThanOrEqualTo(50);
    }

    @Test
    void shouldNotLimitWhenNoRateIsSet() {
        ClientRateLimits limits = new ClientRateLimits(TestSecurityConfig.keys(null));

        assertThat(limits.enabled()).isFalse();
        IntStream.range(0, 1_000).forEach(i -> assertThat(limits.tryAcquire("key:acme")).isEmpty());
    }

    @Test
    void shouldStopTheStartOnARateBelowOne() {
        assertThatThrownBy(() -> new ClientRateLimits(TestSecurityConfig.perMinute(0, 100)))
                .hasMessageContaining("backspasm.rate-limit.per-minute");
    }
}
