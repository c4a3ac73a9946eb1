package health.backspasm.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.assessment.Assessment;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.assessment.FindingWeight;
import health.backspasm.assessment.Vignette;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedPartsWriterTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);

    private static ObjectMapper serviceMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new KnowledgeTextWriter(KNOWLEDGE).customize(mapper);
        new RepeatedPartsWriter().customize(mapper);
        return mapper;
    }

    @Test
    void shouldWriteEveryVignettesAssessmentAsPlainJacksonDoesTheFirstTimeAndEveryTimeAfter()
            throws JsonProcessingException {
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper service = serviceMapper();
        List<Assessment> assessments = Vignette.all().stream().map(v -> ENGINE.assess(v.facts())).toList();

        for (int pass = 1; pass <= 2; pass++) {
            for (Assessment a : assessments) {
                assertThat(service.writeValueAsString(a)).as("pass %d", pass).isEqualTo(plain.writeValueAsString(a));
            }
        }
        assertThat(assessments).hasSizeGreaterThan(50);
    }

    @Test
    void shouldWriteValuesBeyondTheKeptOnesTheOrdinaryWay() throws JsonProcessingException {
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper service = serviceMapper();
        Random random = new Random(20261122L);
        List<FindingWeight> weights = new ArrayList<>();
        for (int i = 0; i < RepeatedPartsWriter.MAX_VALUES + 500; i++) {
            weights.add(new FindingWeight("finding." + i, FindingState.values()[random.nextInt(3)],
                    random.nextGaussian()));
        }

        assertThat(service.writeValueAsString(weights)).isEqualTo(plain.writeValueAsString(weights));
        assertThat(service.writeValueAsString(weights)).isEqualTo(plain.writeValueAsString(weights));
    }

    @Test
    void shouldIndentRepeatedPartsWhenAskedForIndentedOutput() throws JsonProcessingException {
        Assessment a = ENGINE.assess(Vignette.all().get(0).facts());

        assertThat(serviceMapper().writerWithDefaultPrettyPrinter().writeValueAsString(a))
                .isEqualTo(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(a));
    }
}
