package health.backspasm.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the API what every operation shares, so no resource has to repeat it
 * and none can forget it: the 406 and 500 problem responses, 415 where there is a body, a
 * problem+json body on every error response (with the problem the service sends as its example),
 * the caching headers and 304 of the catalogue, and the headers every {@code /api} response carries:
 * {@code X-Request-Id} ({@link RequestIds}) and {@code X-Knowledge-Version}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String CATALOGUE_TAG = "Catalogue";
    /** Set by health.backspasm.knowledge.KnowledgeVersionHeader on every /api response. */
    static final String KNOWLEDGE_VERSION_HEADER = "X-Knowledge-Version";
    /** Statuses whose problem is the same for every operation, so the filter can show it as the example. */
    private static final Set<String> FIXED_PROBLEMS = Set.of("406", "415", "500");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach(ContractFilter::complete);
            }
        });
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        addIfAbsent(responses, "406", "The Accept header allows neither application/json nor problem+json");
        addIfAbsent(responses, "500", "The service failed; the problem does not say why (the service's log does)");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "415", "The body is not application/json");
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            boolean error = entry.getKey().startsWith("4") || entry.getKey().startsWith("5");
            if (error && entry.getValue().getContent() == null) {
                entry.getValue().setContent(problemContent(entry.getKey()));
            }
            if (FIXED_PROBLEMS.contains(entry.getKey())) {
                addProblemExample(entry.getKey(), entry.getValue());
            }
        }
        if (method == PathItem.HttpMethod.GET && operation.getTags() != null
                && operation.getTags().contains(CATALOGUE_TAG)) {
            addCatalogueCaching(responses);
        }
        responses.getAPIResponses().values().forEach(ContractFilter::addEveryResponseHeaders);
    }

    private static void addCatalogueCaching(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            addCachingHeaders(ok);
        }
        if (!responses.hasAPIResponse("304")) {
            APIResponse notModified = OASFactory.createAPIResponse()
                    .description("Not modified: the ETag of If-None-Match is still current; there is no body");
            addCachingHeaders(notModified);
            responses.addAPIResponse("304", notModified);
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(problemContent(status)));
        }
    }

    private static void addProblemExample(String status, APIResponse response) {
        MediaType problem = response.getContent() == null
                ? null : response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && problem.getExample() == null
                && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
            problem.setExample(example(status));
        }
    }

    /** A problem+json body, with the very problem the service sends for this status as its example. */
    private static Content problemContent(String status) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))
                        .example(example(status)));
    }

    private static Map<String, Object> example(String status) {
        int code = Integer.parseInt(status);
        return problemExample(code == 500 ? Problems.internal() : Problems.forStatus(code, null));
    }

    /** A problem as a contract example: the fields the service sends for it. */
    public static Map<String, Object> problemExample(Problem problem) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", problem.type().toString());
        example.put("title", problem.title());
        example.put("status", problem.status());
        example.put("detail", problem.detail());
        return example;
    }

    private static void addEveryResponseHeaders(APIResponse response) {
        response.addHeader(RequestIds.HEADER, OASFactory.createHeader()
                .description("The request's id: the caller's own X-Request-Id when it is 1 to 64 letters, digits,"
                        + " '-', '_', '.' or ':', else one the service made up; problems repeat it as requestId")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        response.addHeader(KNOWLEDGE_VERSION_HEADER, OASFactory.createHeader()
                .description("The version of the knowledge model that answered (the version of GET /api/v1/knowledge)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }

    private static void addCachingHeaders(APIResponse response) {
        response.addHeader("ETag", OASFactory.createHeader()
                .description("The knowledge model's version and content hash; the same for every catalogue response")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        response.addHeader("Cache-Control", OASFactory.createHeader()
                .description("How long a client may reuse the response: public, max-age=3600")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }
}
