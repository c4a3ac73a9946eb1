package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PreparedTest {

    @Test
    void shouldHandOutWhatTheWorkBuiltOnItsOwnThread() {
        Prepared<String> prepared = Prepared.start("test-builder", () -> Thread.currentThread().getName());

        assertThat(prepared.get()).isEqualTo("test-builder");
    }

    @Test
    void shouldRethrowWhatTheWorkThrewAsItWasThrownSoABrokenFileKeepsItsMessage() {
        InvalidKnowledgeException broken = new InvalidKnowledgeException(List.of("causes.yaml, entry cause.x: no source"));

        Prepared<Knowledge> prepared = Prepared.start("test-loader", () -> {
            throw broken;
        });

        assertThatThrownBy(prepared::get).isSameAs(broken);
        assertThatThrownBy(prepared::get).isSameAs(broken);
    }

    @Test
    void shouldRunTheFollowUpWorkOnTheSameThreadWithTheResultAlreadyHandedOut() throws Exception {
        CompletableFuture<String> followUp = new CompletableFuture<>();
        AtomicReference<Prepared<String>> self = new AtomicReference<>();

        self.set(Prepared.start("test-builder", () -> "knowledge", value -> {
            while (self.get() == null) {
                Thread.onSpinWait();
            }
            followUp.complete(Thread.currentThread().getName() + " got " + value + ", get() gives " + self.get().get());
        }));

        assertThat(followUp.get(10, TimeUnit.SECONDS)).isEqualTo("test-builder got knowledge, get() gives knowledge");
    }

    @Test
    void shouldKeepTheResultWhenTheFollowUpWorkFails() throws Exception {
        CompletableFuture<Void> followUpRan = new CompletableFuture<>();

        Prepared<String> prepared = Prepared.start("test-builder", () -> "knowledge", value -> {
            followUpRan.complete(null);
            throw new IllegalStateException("phrases.yaml, entry finding.x: the phrase holds no word");
        });

        followUpRan.get(10, TimeUnit.SECONDS);
        assertThat(prepared.get()).isEqualTo("knowledge");
    }

    @Test
    void shouldRunLaterWorkOnceOnALowPriorityDaemonThreadOfItsName() throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        long asked = System.nanoTime();

        Prepared.later("test-later", 1, () -> ran.complete(Thread.currentThread()));

        Thread thread = ran.get(10, TimeUnit.SECONDS);
        assertThat(System.nanoTime() - asked).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(900));
        assertThat(thread.getName()).isEqualTo("test-later");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }
}
