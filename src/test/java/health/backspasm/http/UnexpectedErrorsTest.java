package health.backspasm.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 500s' ERROR records are rate-limited, and the first after a quiet spell counts those left out. */
class UnexpectedErrorsTest {

    private static final String CATEGORY = "health.backspasm.http.UnexpectedErrorsTest.probe";
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
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
    private final AtomicLong clock = new AtomicLong();

    @BeforeEach
    void capture() {
        java.util.logging.Logger probe = java.util.logging.Logger.getLogger(CATEGORY);
        probe.addHandler(capture);
        probe.setUseParentHandlers(false); // captured and asserted here, not printed into the build's output
    }

    @AfterEach
    void release() {
        java.util.logging.Logger probe = java.util.logging.Logger.getLogger(CATEGORY);
        probe.removeHandler(capture);
        probe.setUseParentHandlers(true);
    }

    @Test
    void shouldLogAtMostTenErrorsAMinuteThenSayHowManyWereLeftOut() {
        UnexpectedErrors errors = new UnexpectedErrors(Logger.getLogger(CATEGORY), clock::get);

        for (int i = 0; i < 10_000; i++) {
            errors.log(new IllegalStateException("boom"), "while serving a request");
        }
        assertThat(records).hasSize(UnexpectedErrors.PER_MINUTE);
        assertThat(records.get(0).getMessage()).contains("java.lang.IllegalStateException");

        clock.addAndGet(TimeUnit.SECONDS.toNanos(61));
        errors.log(new IllegalStateException("boom"), "while serving a request");

        assertThat(records).hasSize(UnexpectedErrors.PER_MINUTE + 1);
        assertThat(formatted(records.get(UnexpectedErrors.PER_MINUTE)))
                .contains((10_000 - UnexpectedErrors.PER_MINUTE) + " similar records left out");
    }

    private static String formatted(LogRecord record) {
        return record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }
}
