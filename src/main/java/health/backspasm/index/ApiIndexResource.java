package health.backspasm.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.index.ApiIndex.Link;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1}: the API's entry point, with a link to every operation (by the operationId of the
 * contract), the contract and Swagger UI. The body is written once; {@code ApiIndexTest} fails when an
 * operation of the contract is missing here or a link names one the contract does not have.
 */
@NonBlocking
@Path("/api/v1")
@Tag(name = "Index", description = "The entry point: links to every operation and to the contract.")
class ApiIndexResource {

    static final String TITLE = "backspasm API";
    static final String VERSION = "1.0.0";

    static final List<Link> LINKS = List.of(
            Link.of("knowledge", "GET", "/api/v1/knowledge", "Describe the knowledge model"),
            Link.of("findings", "GET", "/api/v1/findings", "List the findings"),
            Link.of("finding", "GET", "/api/v1/findings/{id}", "Get one finding"),
            Link.of("causes", "GET", "/api/v1/causes", "List the causes"),
            Link.of("cause", "GET", "/api/v1/causes/{id}", "Get one cause"),
            Link.of("remedies", "GET", "/api/v1/remedies", "List the remedies"),
            Link.of("remedy", "GET", "/api/v1/remedies/{id}", "Get one remedy"),
            Link.of("redFlags", "GET", "/api/v1/red-flags", "List the red flags"),
            Link.of("redFlag", "GET", "/api/v1/red-flags/{id}", "Get one red flag"),
            Link.of("sources", "GET", "/api/v1/sources", "List the sources"),
            Link.of("source", "GET", "/api/v1/sources/{id}", "Get one source"),
            Link.of("screen", "POST", "/api/v1/screenings", "Screen a case for red flags"),
            Link.of("assess", "POST", "/api/v1/assessments",
                    "Assess a case: triage, causes, remedies and the next question"),
            Link.of("interpret", "POST", "/api/v1/interpretations", "Read a person's words into findings"),
            Link.of("read", "POST", "/api/v1/answers", "Read a typed reply as the answer to its question"),
            Link.of("openapi", "GET", "/q/openapi", "The contract, OpenAPI 3.0 (YAML; ?format=json for JSON)"),
            Link.of("swagger-ui", "GET", "/q/swagger-ui", "Swagger UI: try every operation in a browser"));

    private static final String EXAMPLE = """
            {
              "title": "backspasm API",
              "version": "1.0.0",
              "links": [
                {"rel": "knowledge", "method": "GET", "href": "/api/v1/knowledge", "title": "Describe the knowledge model"},
                {"rel": "finding", "method": "GET", "href": "/api/v1/findings/{id}", "templated": true, "title": "Get one finding"},
                {"rel": "assess", "method": "POST", "href": "/api/v1/assessments", "title": "Assess a case: triage, causes, remedies and the next question"},
                {"rel": "openapi", "method": "GET", "href": "/q/openapi", "title": "The contract, OpenAPI 3.0 (YAML; ?format=json for JSON)"}
              ]
            }""";

    private final byte[] body;

    ApiIndexResource(ObjectMapper json) {
        try {
            this.body = json.writeValueAsBytes(new ApiIndex(TITLE, VERSION, LINKS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The API index cannot be written", e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the operations",
            description = "The API's entry point: a link to every operation (rel is its operationId in the contract;"
                    + " a templated href holds {id}), then the contract (/q/openapi) and Swagger UI (/q/swagger-ui)."
                    + " GET / redirects to Swagger UI.")
    @APIResponse(responseCode = "200", description = "The links", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiIndex.class),
            examples = @ExampleObject(name = "index", value = EXAMPLE)))
    public Response index() {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
