package health.backspasm.security;

import io.quarkus.logging.LoggingFilter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps what callers send out of the log, whatever levels an operator turns on. The framework's
 * DEBUG and TRACE output echoes request lines, paths, query strings and parse errors quoting the
 * body, so below INFO only the service's own records ({@code health.backspasm}, which never log
 * caller data) pass. Exception messages can quote input too ("Cannot deserialize value ... from
 * String ..."), so every logged exception keeps its class names and stack frames but loses its
 * messages, except those of configuration and knowledge errors at start-up, which say what to fix. Set on every log handler by {@code quarkus.log.*.filter=backspasm-privacy}.
 */
@LoggingFilter(name = CallerDataLogFilter.NAME)
public final class CallerDataLogFilter implements Filter {

    public static final String NAME = "backspasm-privacy";
    /** MDC key holding the logged exception's real class name (the JSON log's exceptionType is the stand-in's). */
    public static final String EXCEPTION_CLASS_MDC = "exceptionClass";
    private static final String OWN_CATEGORY = "health.backspasm";
    /**
     * Exceptions about the service's own configuration and knowledge files, raised at start-up and
     * never from a request: their messages say what to fix, so they are kept.
     */
    private static final Set<String> SAFE_MESSAGES = Set.of(
            "io.quarkus.runtime.configuration.ConfigurationException",
            "io.smallrye.config.ConfigValidationException",
            "health.backspasm.knowledge.InvalidKnowledgeException");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() < Level.INFO.intValue() && !isOwn(record.getLoggerName())) {
            return false;
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && !(thrown instanceof WithheldMessageException)) {
            record.setThrown(withoutMessages(thrown, Collections.newSetFromMap(new IdentityHashMap<>())));
            if (record instanceof ExtLogRecord ext) {
                // The JSON format's exceptionType names the stand-in's class; this names the real one.
                ext.putMdc(EXCEPTION_CLASS_MDC, thrown.getClass().getName());
            }
        }
        return true;
    }

    private static boolean isOwn(String category) {
        return category != null && (category.equals(OWN_CATEGORY) || category.startsWith(OWN_CATEGORY + "."));
    }

    private static Throwable withoutMessages(Throwable original, Set<Throwable> seen) {
        seen.add(original);
        Throwable cause = original.getCause();
        Throwable causeCopy = cause == null || seen.contains(cause) ? null : withoutMessages(cause, seen);
        String className = original.getClass().getName();
        WithheldMessageException copy = new WithheldMessageException(className,
                SAFE_MESSAGES.contains(className) ? original.getMessage() : null, causeCopy);
        copy.setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(withoutMessages(suppressed, seen));
            }
        }
        return copy;
    }

    /** Stands in for a logged exception: its class name and stack, and its message only if safe. */
    static final class WithheldMessageException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String originalClass;

        WithheldMessageException(String originalClass, String safeMessage, Throwable cause) {
            super(safeMessage, cause, true, true);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass + " (message withheld: it may quote what a caller sent)"
                    : originalClass + ": " + getMessage();
        }
    }
}
