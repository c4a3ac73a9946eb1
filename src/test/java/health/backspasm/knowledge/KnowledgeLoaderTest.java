package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnowledgeLoaderTest {

    @Test
    void shouldLoadTheShippedKnowledge() {
        Knowledge knowledge = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));

        assertThat(knowledge.findings().size()).isGreaterThanOrEqualTo(67);
        assertThat(knowledge.causes().size()).isEqualTo(12);
        assertThat(knowledge.etag()).startsWith("\"" + knowledge.version() + "-");
    }
}
