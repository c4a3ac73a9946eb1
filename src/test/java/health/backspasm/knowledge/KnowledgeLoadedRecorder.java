package health.backspasm.knowledge;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test bean: every {@link KnowledgeLoaded} event of the application under test, with its thread. */
@Singleton
public class KnowledgeLoadedRecorder {

    public record Seen(Knowledge knowledge, String threadName) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void record(@Observes KnowledgeLoaded loaded) {
        seen.add(new Seen(loaded.knowledge(), Thread.currentThread().getName()));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }
}
