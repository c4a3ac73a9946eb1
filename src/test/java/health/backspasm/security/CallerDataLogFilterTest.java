package health.backspasm.security;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.knowledge.InvalidKnowledgeException;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class CallerDataLogFilterTest {

    private static final String SENT = "zqSentByACaller";
    private final CallerDataLogFilter filter = new CallerDataLogFilter();

    @Test
    void shouldDropFrameworkDebugAndTraceButKeepTheServicesOwn() {
        assertThat(filter.isLoggable(record(Level.FINE, "io.vertx.ext.web.impl.RouterImpl", null))).isFalse();
        assertThat(filter.isLoggable(record(Level.FINEST, "org.jboss.resteasy.reactive.server", null))).isFalse();
        assertThat(filter.isLoggable(record(Level.FINE, "health.backspasm.screening", null))).isTrue();
        assertThat(filter.isLoggable(record(Level.INFO, "io.quarkus", null))).isTrue();
        assertThat(filter.isLoggable(record(Level.SEVERE, "io.vertx.core", null))).isTrue();
    }

    @Test
    void shouldWithholdEveryExceptionMessageButKeepClassesAndFrames() {
        IllegalStateException cause = new IllegalStateException("cannot read " + SENT);
        RuntimeException thrown = new RuntimeException("failed on " + SENT, cause);
        thrown.addSuppressed(new IllegalArgumentException(SENT));
        LogRecord record = record(Level.SEVERE, "health.backspasm.http.ProblemMappers", thrown);

        assertThat(filter.isLoggable(record)).isTrue();

        String trace = trace(record.getThrown());
        assertThat(trace).doesNotContain(SENT)
                .contains("java.lang.RuntimeException", "java.lang.IllegalStateException",
                        "java.lang.IllegalArgumentException", getClass().getName() + ".shouldWithhold");
    }

    @Test
    void shouldNameTheRealExceptionClassBesideTheStandIn() {
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "Unexpected", ExtLogRecord.FormatStyle.NO_FORMAT,
                getClass().getName());
        record.setLoggerName("health.backspasm.http.ProblemMappers");
        record.setThrown(new NullPointerException(SENT));

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getMdc(CallerDataLogFilter.EXCEPTION_CLASS_MDC)).isEqualTo("java.lang.NullPointerException");
        assertThat(trace(record.getThrown())).doesNotContain(SENT);
    }

    @Test
    void shouldKeepTheMessagesOfStartUpConfigurationAndKnowledgeErrors() {
        RuntimeException startFailure = new RuntimeException("Failed to start", new ConfigurationException(
                "Invalid backspasm.api-keys: entry 2 needs a name", new InvalidKnowledgeException(java.util.List.of("causes.yaml: bad"))));
        LogRecord record = record(Level.SEVERE, "io.quarkus.runtime.ApplicationLifecycleManager", startFailure);

        filter.isLoggable(record);

        assertThat(trace(record.getThrown())).contains("entry 2 needs a name", "causes.yaml: bad")
                .doesNotContain("Failed to start");
    }

    @Test
    void shouldSurviveACycleOfCauses() {
        IllegalStateException first = new IllegalStateException(SENT);
        IllegalArgumentException second = new IllegalArgumentException(SENT, first);
        first.initCause(second);
        LogRecord record = record(Level.WARNING, "io.vertx.core", first);

        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(trace(record.getThrown())).doesNotContain(SENT);
    }

    private static LogRecord record(Level level, String category, Throwable thrown) {
        LogRecord record = new LogRecord(level, "message");
        record.setLoggerName(category);
        record.setThrown(thrown);
        return record;
    }

    private static String trace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
