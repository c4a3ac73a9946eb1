package health.backspasm.security;

import health.backspasm.http.ContractFilter;
import health.backspasm.http.EdgeProblems;
import health.backspasm.http.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the partner API key in the contract, for every {@code /api} operation however it was
 * written: the {@code ApiKey} security scheme (header {@code X-API-Key}), so Swagger UI's
 * "Authorize" button sends it. Each operation lists it beside the empty requirement (no key), as
 * keys are on only when the operator configures them. Also the 401 and 429 answers that
 * {@link AccessFilter} may give, and the 413 and 408 of {@code BodyLimits} where there is a body. Added at
 * build time, so the committed {@code openapi/openapi.yaml} shows it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiKeyContract implements OASFilter {

    static final String SCHEME = "ApiKey";
    private static final String PROBLEM_SCHEMA = "Problem";
    /** The default of {@code quarkus.http.limits.max-body-size}, for the 413 example. */
    private static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    private static final long EXAMPLE_RETRY_AFTER = 42;
    /** The default of {@code backspasm.http.body-timeout}, for the 408 example. */
    private static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(AccessFilter.API_KEY_HEADER)
                .description("The partner key issued to you. Required on /api when the service is run with"
                        + " partner keys (BACKSPASM_API_KEYS); health, metrics and the contract stay open."));
        boolean problemSchema = components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM_SCHEMA);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
                addResponse(operation, "401", "No valid partner key in X-API-Key (only when partner keys are configured)",
                        problemSchema, AccessFilter.unauthorized());
                addResponse(operation, "429", "Too many requests from this client this minute; see Retry-After",
                        problemSchema, AccessFilter.rateLimited(EXAMPLE_RETRY_AFTER)).addHeader("Retry-After", OASFactory.createHeader()
                                .description("Seconds to wait before the next request")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
                if (operation.getRequestBody() != null) {
                    addResponse(operation, "413", "The body is larger than 64 KiB", problemSchema,
                            EdgeProblems.payloadTooLarge(DEFAULT_MAX_BODY_BYTES));
                    addResponse(operation, "408", "The body did not arrive whole within 10 seconds of the headers"
                            + " (backspasm.http.body-timeout); the connection is closed", problemSchema,
                            EdgeProblems.bodyTimeout(DEFAULT_BODY_TIMEOUT));
                }
            }
        }
    }

    private static APIResponse addResponse(Operation operation, String status, String description,
            boolean problemSchema, Problem example) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse(status)) {
            return operation.getResponses().getAPIResponse(status);
        }
        APIResponse response = OASFactory.createAPIResponse().description(description);
        if (problemSchema) {
            Content content = OASFactory.createContent().addMediaType("application/problem+json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema()
                            .ref("#/components/schemas/" + PROBLEM_SCHEMA)).example(ContractFilter.problemExample(example)));
            response.content(content);
        }
        operation.getResponses().addAPIResponse(status, response);
        return response;
    }
}
