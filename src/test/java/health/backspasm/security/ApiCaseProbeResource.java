package health.backspasm.security;

import health.backspasm.cases.CaseInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only POST target under {@code /api} that takes a case, so the key, rate-limit and body-limit
 * guards of {@code /api/**} can be tested on a body-reading endpoint of their own. Hidden from the
 * contract so the served document stays the committed one.
 */
@Path("/api/test/case-probe")
public class ApiCaseProbeResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Integer> echo(@Valid @NotNull CaseInput input) {
        return Map.of("findings", input.findingsOrEmpty().size());
    }
}
