package health.backspasm.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.assessment.Vignette;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Remedy;
import org.junit.jupiter.api.Test;

class KnowledgeTextWriterTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);

    @Test
    void shouldWriteEveryVignettesAssessmentByteForByteAsPlainJacksonDoes() throws JsonProcessingException {
        KnowledgeTextWriter writer = new KnowledgeTextWriter(KNOWLEDGE);
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper preQuoting = new ObjectMapper();
        writer.customize(preQuoting);

        int compared = 0;
        for (Vignette v : Vignette.all()) {
            Object assessment = ENGINE.assess(v.facts());
            assertThat(preQuoting.writeValueAsString(assessment)).as(v.name())
                    .isEqualTo(plain.writeValueAsString(assessment));
            compared++;
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void shouldPreQuoteTheModelsOwnStringsButNeverACallersEqualText() {
        KnowledgeTextWriter writer = new KnowledgeTextWriter(KNOWLEDGE);

        assertThat(writer.preQuotes(KNOWLEDGE.disclaimer())).isTrue();
        for (Remedy r : KNOWLEDGE.remedies().all()) {
            assertThat(writer.preQuotes(r.instructions())).as(r.id()).isTrue();
            assertThat(writer.preQuotes(r.id())).as(r.id()).isTrue();
        }
        assertThat(writer.preQuotes(new String(KNOWLEDGE.disclaimer()))).isFalse();
    }
}
