package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
}
