package health.backspasm.security;

import io.quarkus.logging.LoggingFilter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Keeps what callers send out of the log, whatever levels an operator turns on. The framework's
 * DEBUG and TRACE output echoes request lines, paths, query strings and parse errors quoting the
 * body, so below INFO only the service's own records ({@code health.backspasm}, which never log
 * caller data) pass. Exception messages can quote input too ("Cannot deserialize value ... from
 * String ..."), so every logged exception keeps its class names and stack frames but loses its
 * messages. Set on every log handler by {@code quarkus.log.*.filter=backspasm-privacy}.
 */
@LoggingFilter(name = CallerDataLogFilter.NAME)
public final class CallerDataLogFilter implements Filter {

    public static final String NAME = "backspasm-privacy";
    private static final String OWN_CATEGORY = "health.backspasm";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() < Level.INFO.intValue() && !isOwn(record.getLoggerName())) {
            return false;
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && !(thrown instanceof WithheldMessageException)) {
            record.setThrown(withoutMessages(thrown, Collections.newSetFromMap(new IdentityHashMap<>())));
        }
        return true;
    }

    private static boolean isOwn(String category) {
        return category != null && (category.equals(OWN_CATEGORY) || category.startsWith(OWN_CATEGORY + "."));
    }

    private static Throwable withoutMessages(Throwable original, Set<Throwable> seen) {
        seen.add(original);
        WithheldMessageException copy = new WithheldMessageException(original.getClass().getName());
        copy.setStackTrace(original.getStackTrace());
        Throwable cause = original.getCause();
        if (cause != null && !seen.contains(cause)) {
            copy.initCause(withoutMessages(cause, seen));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(withoutMessages(suppressed, seen));
            }
        }
        return copy;
    }

    /** Stands in for a logged exception: its class name and stack, without its message. */
    static final class WithheldMessageException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String originalClass;

        WithheldMessageException(String originalClass) {
            super(null, null, true, true);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return originalClass + " (message withheld: it may quote what a caller sent)";
        }
    }
}
