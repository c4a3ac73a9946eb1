package health.backspasm.cds;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Checks each exchange against the CDS Hooks OpenAPI document of HL7/cds-hooks
 * (src/test/resources/cds-hooks/cds-hooks-api.yaml), as well as the service's own contract.
 */
final class CdsResponses {

    private static OpenApiValidationFilter filter;

    private CdsResponses() {
    }

    static synchronized OpenApiValidationFilter specification() {
        if (filter == null) {
            try (InputStream in = CdsResponses.class.getResourceAsStream("/cds-hooks/cds-hooks-api.yaml")) {
                filter = new OpenApiValidationFilter(OpenApiInteractionValidator
                        .createForInlineApiSpecification(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return filter;
    }
}
