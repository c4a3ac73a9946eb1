package health.backspasm.fuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.cases.CaseInput;
import health.backspasm.http.JsonReadLimits;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.CharConversionException;
import java.io.IOException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Feeds arbitrary bytes through what a POST of a case goes through: Jackson with the service's read
 * limits, then Bean Validation. Only a JSON processing error, a character encoding error or
 * constraint violations may come out;
 * anything else (an NPE, a stack overflow, an IOException that is not a JSON error) is a finding.
 * Without {@code JAZZER_FUZZ} it replays the committed inputs under {@code CaseInputFuzzTestInputs}.
 */
class CaseInputFuzzTest {

    private static final ObjectMapper MAPPER = JsonReadLimits.apply(new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    @FuzzTest(maxDuration = "30s")
    void caseJsonYieldsAValidCaseOrAClientError(byte[] body) throws IOException {
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
    }
}
