package health.backspasm.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code GET /api/v1} answers: the API's title and version, and a link to every operation, the
 * contract and Swagger UI.
 */
@Schema(name = "ApiIndex", description = "The API's entry point: links to every operation, the contract and Swagger UI")
public record ApiIndex(
        @Schema(description = "The API's title, as in the contract", example = "backspasm API") String title,
        @Schema(description = "The API's version, as in the contract", example = "1.0.0") String version,
        @Schema(description = "Every operation of the API, then the contract and Swagger UI") List<Link> links) {

    /** One link: what it is ({@code rel}), the method and path to call, and a short title. */
    @Schema(name = "Link")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Link(
            @Schema(description = "The operation's operationId in the contract, or 'openapi' and 'swagger-ui'",
                    example = "assess") String rel,
            @Schema(description = "The HTTP method", example = "POST") String method,
            @Schema(description = "The path, relative to the service's root; {id} stands for an entry's id",
                    example = "/api/v1/assessments") String href,
            @Schema(description = "True when href holds {id}, to be replaced by an id") boolean templated,
            @Schema(description = "What the operation does, as the contract's summary",
                    example = "Assess a case: triage, causes, remedies and the next question") String title) {

        static Link of(String rel, String method, String href, String title) {
            return new Link(rel, method, href, href.contains("{"), title);
        }
    }
}
