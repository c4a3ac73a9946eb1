package health.backspasm;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * REST Assured filters that check each exchange against the committed contract,
 * {@code openapi/openapi.yaml}. Use {@link #filter()} in every resource test:
 * {@code given().filter(ContractValidation.filter())...}; a request or response that the contract
 * does not describe fails the test. For a request that breaks the contract on purpose (a bad
 * filter value, an invalid body), use {@link #responsesOnly()}: the response is still checked.
 */
public final class ContractValidation {

    /** The published contract, relative to the project directory (where Maven runs the tests). */
    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static OpenApiValidationFilter strict;
    private static OpenApiValidationFilter responsesOnly;
    private static OpenApiValidationFilter nullNextQuestion;

    private ContractValidation() {
    }

    /** Checks the request and the response against the contract. */
    public static synchronized OpenApiValidationFilter filter() {
        if (strict == null) {
            strict = new OpenApiValidationFilter(validator(LevelResolver.create()));
        }
        return strict;
    }

    /** Checks only the response: for requests that are invalid on purpose. */
    public static synchronized OpenApiValidationFilter responsesOnly() {
        if (responsesOnly == null) {
            responsesOnly = new OpenApiValidationFilter(validator(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)));
        }
        return responsesOnly;
    }

    /**
     * Checks request and response, except the allOf check that a null {@code nextQuestion} fails: the
     * contract writes it {@code nullable} beside {@code allOf: [CaseQuestion]}, which generated clients read
     * as {@code CaseQuestion | null} but OpenAPI 3.0's strict reading (this validator's) does not extend to
     * the referenced schema, now that CaseQuestion itself is not nullable (issue 15, left open: see
     * src/docs/contract.md). Only for the exchanges whose nextQuestion is null.
     */
    public static synchronized OpenApiValidationFilter nullNextQuestion() {
        if (nullNextQuestion == null) {
            nullNextQuestion = new OpenApiValidationFilter(validator(LevelResolver.create()
                    .withLevel("validation.response.body.schema.allOf", ValidationReport.Level.IGNORE)));
        }
        return nullNextQuestion;
    }

    private static OpenApiInteractionValidator validator(LevelResolver.Builder levels) {
        try {
            return OpenApiInteractionValidator
                    .createForInlineApiSpecification(Files.readString(CONTRACT))
                    .withLevelResolver(levels.build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + CONTRACT.toAbsolutePath()
                    + "; generate it with ./mvnw -B -Pupdate-contract test", e);
        }
    }
}
