package health.backspasm.knowledge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Something the service builds once at start-up on a thread of its own, so that the work runs beside
 * the framework's own start-up instead of after it; whoever needs it first waits for it. A failure is
 * thrown to that caller as it was thrown, so a broken knowledge file still stops the start with the
 * loader's message.
 */
public final class Prepared<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Prepared() {
    }

    /** Starts {@code work} now on a daemon thread called {@code name}. */
    public static <T> Prepared<T> start(String name, Supplier<T> work) {
        return start(name, work, value -> {
        });
    }

    /**
     * Starts {@code work} now on a daemon thread called {@code name} and, once its result is handed
     * out, runs {@code afterwards} with it on the same thread: more start-up work that needs the
     * result. A failure there is dropped here, not lost: what {@code afterwards} builds is built
     * again where it is first needed (by CDI, for a bean), and fails there with its own message.
     */
    public static <T> Prepared<T> start(String name, Supplier<T> work, Consumer<? super T> afterwards) {
        Prepared<T> prepared = new Prepared<>();
        Thread thread = new Thread(() -> {
            T value;
            try {
                value = work.get();
            } catch (Throwable e) {
                prepared.result.completeExceptionally(e);
                return;
            }
            prepared.result.complete(value);
            try {
                afterwards.accept(value);
            } catch (RuntimeException e) {
                // built again, and failing with its message, where it is first needed (see above)
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return prepared;
    }

    /** The result, once built; what the work threw, rethrown. */
    public T get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Runs {@code work} once, {@code delaySeconds} after this call, on a low-priority daemon thread called
     * {@code name}: work the service wants done soon after it starts, but not beside the start itself.
     * What the work throws is dropped here; whoever needs its result builds it again and fails there.
     */
    public static void later(String name, int delaySeconds, Runnable work) {
        CompletableFuture.runAsync(work, CompletableFuture.delayedExecutor(delaySeconds, TimeUnit.SECONDS, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }));
    }
}
