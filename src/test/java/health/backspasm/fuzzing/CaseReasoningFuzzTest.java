package health.backspasm.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.assessment.Assessment;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.assessment.RankedCause;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseInput;
import health.backspasm.http.JsonReadLimits;
import health.backspasm.http.StrictJsonTypes;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.screening.Screening;
import health.backspasm.screening.ScreeningEngine;
import jakarta.validation.Validator;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Feeds arbitrary bytes through what {@code POST /api/v1/screenings} and {@code /assessments} do:
 * Jackson with the service's read limits and strict types, Bean Validation (the knowledge-aware finding check
 * included), then screening and assessment of every valid case. Only a JSON or encoding error or
 * constraint violations may stop a body; a valid case must get a complete answer. Anything else (an
 * NPE, an index error, a stack overflow) is a finding. Without {@code JAZZER_FUZZ} it replays the
 * committed inputs under {@code CaseReasoningFuzzTestInputs}.
 */
class CaseReasoningFuzzTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final ObjectMapper MAPPER = StrictJsonTypes.apply(JsonReadLimits.apply(new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
    private static final Validator VALIDATOR = FuzzValidation.validator(KNOWLEDGE);
    private static final ScreeningEngine SCREENING = new ScreeningEngine(KNOWLEDGE);
    private static final AssessmentEngine ASSESSMENT = AssessmentEngine.of(KNOWLEDGE);

    @FuzzTest(maxDuration = "5m")
    void caseJsonYieldsAnAnswerOrAClientError(byte[] body) throws IOException {
        CaseInput input;
        try {
            input = MAPPER.readValue(body, CaseInput.class);
        } catch (JsonProcessingException | CharConversionException clientError) {
            // Both are the client's bad JSON or bad encoding: the service answers them with 400.
            return;
        }
        if (input == null || !VALIDATOR.validate(input).isEmpty()) {
            return;
        }
        CaseFacts facts = CaseFacts.of(input);

        Screening screening = SCREENING.screen(facts);
        Assessment assessment = ASSESSMENT.assess(facts);

        assertThat(screening.level()).isNotNull();
        assertThat(assessment.triage().level()).isEqualTo(screening.level());
        assertThat(assessment.causes()).isNotEmpty().allSatisfy(this::hasAScoreBetweenZeroAndOne);
        assertThat(assessment.complete() || assessment.nextQuestion() != null)
                .as("an interview that is not complete has a next question").isTrue();
    }

    private void hasAScoreBetweenZeroAndOne(RankedCause cause) {
        assertThat(cause.score()).isBetween(0.0, 1.0);
    }
}
