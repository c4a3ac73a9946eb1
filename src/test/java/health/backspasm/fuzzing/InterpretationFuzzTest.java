package health.backspasm.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.cases.CaseFacts;
import health.backspasm.interpretation.Interpretation;
import health.backspasm.interpretation.InterpretationRequest;
import health.backspasm.interpretation.Interpreter;
import health.backspasm.interpretation.Mention;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;

/**
 * Feeds arbitrary text (the fuzzer's bytes read as UTF-8, as the JSON body's string would be)
 * through what {@code POST /api/v1/interpretations} does: validation of the request, then the
 * interpreter. Only a validation error may stop a text; an accepted text must give mentions that
 * point into it and a case that is itself valid and can be assessed. Any exception is a finding.
 * Without {@code JAZZER_FUZZ} it replays the committed inputs under {@code InterpretationFuzzTestInputs}.
 */
class InterpretationFuzzTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final Validator VALIDATOR = FuzzValidation.validator(KNOWLEDGE);
    private static final Interpreter INTERPRETER = new Interpreter(KNOWLEDGE);
    private static final AssessmentEngine ASSESSMENT = AssessmentEngine.of(KNOWLEDGE);

    @FuzzTest(maxDuration = "5m")
    void textYieldsFindingsOrAValidationError(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!VALIDATOR.validate(new InterpretationRequest(text)).isEmpty()) {
            return;
        }

        Interpretation interpretation = INTERPRETER.interpret(text);

        int length = text.codePointCount(0, text.length());
        assertThat(interpretation.findings()).allSatisfy(m -> pointsInto(m, text, length));
        assertThat(interpretation.uncertain()).allSatisfy(m -> pointsInto(m, text, length));
        assertThat(VALIDATOR.validate(interpretation.caseInput())).as("the case built from the text").isEmpty();
        assertThat(ASSESSMENT.assess(CaseFacts.of(interpretation.caseInput())).causes()).isNotEmpty();
    }

    private static void pointsInto(Mention mention, String text, int length) {
        assertThat(mention.start()).isBetween(0, mention.end());
        assertThat(mention.end()).isLessThanOrEqualTo(length);
        int from = text.offsetByCodePoints(0, mention.start());
        int to = text.offsetByCodePoints(0, mention.end());
        assertThat(text.substring(from, to)).isEqualTo(mention.text());
    }
}
