package health.backspasm.cds;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One CDS service as discovery lists it. */
@Schema(name = "CdsService", description = "A CDS service: the hook it answers, and the FHIR data it asks to be"
        + " prefetched.")
public record CdsServiceDescription(
        @Schema(required = true, example = "patient-view") String hook,
        @Schema(required = true, example = "backspasm-red-flags") String id,
        String title,
        @Schema(required = true) String description,
        @Schema(description = "FHIR query templates the client runs and sends as prefetch, by key")
        Map<String, String> prefetch,
        String usageRequirements) {

    /** The discovery response. */
    @Schema(name = "CdsServices")
    public record Discovery(@Schema(required = true) List<CdsServiceDescription> services) {
    }
}
