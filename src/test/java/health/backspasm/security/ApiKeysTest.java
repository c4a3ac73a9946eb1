package health.backspasm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final String ACME_KEY = "acme-3f9d1c7e5b2a4d6f8e0c1b3a5d7f9e2c";
    private static final String BETA_KEY = "beta-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private final ApiKeys keys = new ApiKeys(TestSecurityConfig.keys(
            "acme:" + Sha256.hex(ACME_KEY) + ", beta:" + Sha256.hex(BETA_KEY).toUpperCase()));

    @Test
    void shouldNameThePartnerWhoseHashMatchesTheKey() {
        assertThat(keys.required()).isTrue();
        assertThat(keys.partnerFor(ACME_KEY)).contains("acme");
        assertThat(keys.partnerFor(BETA_KEY)).contains("beta");
    }

    @Test
    void shouldRejectUnknownEmptyAndMissingKeys() {
        assertThat(keys.partnerFor(ACME_KEY + "x")).isEmpty();
        assertThat(keys.partnerFor(Sha256.hex(ACME_KEY))).as("the hash itself is not a key").isEmpty();
        assertThat(keys.partnerFor("")).isEmpty();
        assertThat(keys.partnerFor(null)).isEmpty();
    }

    @Test
    void shouldStopTheStartOnAnEntryWithoutAName() {
        assertThatThrownBy(() -> ApiKeys.parse("acme:" + Sha256.hex(ACME_KEY) + ",:" + Sha256.hex(BETA_KEY)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("entry 2").hasMessageContaining("name");
    }

    @Test
    void shouldStopTheStartOnAnEntryWithoutAColon() {
        assertThatThrownBy(() -> ApiKeys.parse(ACME_KEY))
                .hasMessageContaining("entry 1").hasMessageContaining("':'")
                .hasMessageNotContaining(ACME_KEY);
    }

    @Test
    void shouldStopTheStartOnAHashThatIsNotSha256Hex() {
        assertThatThrownBy(() -> ApiKeys.parse("acme:" + ACME_KEY))
                .hasMessageContaining("entry 1").hasMessageContaining("64 hex digits")
                .hasMessageNotContaining(ACME_KEY);
        assertThatThrownBy(() -> ApiKeys.parse("acme:" + Sha256.hex(ACME_KEY).substring(1) + "g"))
                .hasMessageContaining("64 hex digits");
    }

    @Test
    void shouldStopTheStartOnARepeatedName() {
        assertThatThrownBy(() -> ApiKeys.parse("acme:" + Sha256.hex(ACME_KEY) + ",acme:" + Sha256.hex(BETA_KEY)))
                .hasMessageContaining("entry 2").hasMessageContaining("repeats");
    }

    @Test
    void shouldWarnExactlyOnceThatTheApiIsOpenWhenNoKeysAreSet() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ApiKeys.class.getName());
        logger.addHandler(handler);
        try {
            ApiKeys open = new ApiKeys(TestSecurityConfig.keys(null));
            new ApiKeys(TestSecurityConfig.keys("acme:" + Sha256.hex(ACME_KEY)));

            assertThat(open.required()).isFalse();
            assertThat(open.partnerFor(ACME_KEY)).isEmpty();
            assertThat(records).filteredOn(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                    .singleElement()
                    .satisfies(r -> assertThat(r.getMessage()).contains("open"));
        } finally {
            logger.removeHandler(handler);
        }
    }
}
