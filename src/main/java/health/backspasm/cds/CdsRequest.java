package health.backspasm.cds;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CDS Hooks 2.0 service request. {@code context} holds the hook's fields ({@code patientId}; for
 * order-select also {@code selections} and {@code draftOrders}); {@code prefetch} the FHIR R4
 * resources and search Bundles the client fetched for the discovery's templates, by key. The service
 * never calls {@code fhirServer}, so {@code fhirAuthorization} is accepted and never used.
 */
@Schema(name = "CdsRequest", description = "A CDS Hooks 2.0 service request: the hook, its context and the prefetched"
        + " FHIR R4 data.")
public record CdsRequest(
        @Schema(description = "The hook that triggered the call", required = true, example = "patient-view")
        @NotBlank String hook,
        @Schema(description = "A UUID for this hook call", required = true,
                example = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea")
        @NotNull @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a UUID") String hookInstance,
        @Schema(description = "The client's FHIR base URL; never called by this service") String fhirServer,
        @Schema(description = "An access token for fhirServer; never used by this service",
                type = SchemaType.OBJECT, implementation = Object.class)
        JsonNode fhirAuthorization,
        @Schema(description = "The hook's context: patientId; for order-select also selections and draftOrders",
                required = true, type = SchemaType.OBJECT, implementation = Object.class)
        @NotNull JsonNode context,
        @Schema(description = "The prefetched FHIR R4 data (a resource or a search Bundle), by the keys of the"
                + " discovery's prefetch templates", type = SchemaType.OBJECT, implementation = Object.class)
        JsonNode prefetch,
        @Schema(description = "Extensions the client sends (CDS Hooks extension object); not read",
                type = SchemaType.OBJECT, implementation = Object.class)
        JsonNode extension) {
}
