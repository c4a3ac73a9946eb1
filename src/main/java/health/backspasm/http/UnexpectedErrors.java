package health.backspasm.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Logs the service's own failures (the 500s) at ERROR, at most {@link #PER_MINUTE} records a
 * minute: a client that found a way to make every request fail must not be able to fill the disk
 * with log (one did, at 268 MB in 10 s). The first record after a quiet spell says how many were
 * left out. Each record names the exception's class; its message is withheld by the privacy filter.
 * Client faults (4xx) are never logged at ERROR.
 */
final class UnexpectedErrors {

    /** Most ERROR records a minute. */
    static final int PER_MINUTE = 10;
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Logger log;
    private final LongSupplier nanoTime;
    private final AtomicLong windowStart;
    private final AtomicLong inWindow = new AtomicLong();
    private final AtomicLong suppressed = new AtomicLong();

    UnexpectedErrors(Logger log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
        this.windowStart = new AtomicLong(nanoTime.getAsLong());
    }

    static UnexpectedErrors of(Class<?> category) {
        return new UnexpectedErrors(Logger.getLogger(category), System::nanoTime);
    }

    /** Logs {@code failure} as "Unexpected <class> <where>", unless this minute's records are used up. */
    void log(Throwable failure, String where) {
        long now = nanoTime.getAsLong();
        long start = windowStart.get();
        if (now - start >= WINDOW_NANOS && windowStart.compareAndSet(start, now)) {
            inWindow.set(0);
        }
        if (inWindow.incrementAndGet() > PER_MINUTE) {
            suppressed.incrementAndGet();
            return;
        }
        long left = suppressed.getAndSet(0);
        String type = failure == null ? "failure" : failure.getClass().getName();
        if (left == 0) {
            log.errorf(failure, "Unexpected %s %s", type, where);
        } else {
            log.errorf(failure, "Unexpected %s %s (%d similar records left out in the last minute)", type, where, left);
        }
    }
}
