package health.backspasm.http;

import health.backspasm.cases.CaseInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that takes a case, so the error mappers can be tested before the reasoning
 * endpoints exist. Hidden from the contract. It also fails on purpose, for the last-resort mapper.
 */
@Path("/test-only/cases")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CaseEchoResource {

    @POST
    @Operation(hidden = true)
    public CaseInput echo(@NotNull @Valid CaseInput input) {
        return input;
    }

    @POST
    @Path("/fail")
    @Operation(hidden = true)
    public CaseInput fail(CaseInput input) {
        throw new IllegalStateException("a secret internal detail");
    }
}
