package health.backspasm;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Captures what the given loggers write while a test provokes it on purpose (a failing route, a
 * broken request), instead of letting it reach the console: a passing build prints no ERROR line or
 * stack trace that looks like a failure. The test asserts on {@link #records()} instead. Close it
 * (try-with-resources) to give the loggers back their handlers.
 */
public final class CapturedLog implements AutoCloseable {

    private final List<Logger> loggers;
    private final ConcurrentLinkedQueue<ExtLogRecord> records = new ConcurrentLinkedQueue<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(List<Logger> loggers) {
        this.loggers = loggers;
        handler.setLevel(Level.ALL);
        for (Logger logger : loggers) {
            logger.setUseParentHandlers(false);
            logger.addHandler(handler);
        }
    }

    /** Starts capturing the loggers of these classes (their records no longer reach the console). */
    public static CapturedLog of(Class<?>... classes) {
        return new CapturedLog(java.util.Arrays.stream(classes).map(c -> Logger.getLogger(c.getName())).toList());
    }

    public List<ExtLogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(true);
        }
    }
}
