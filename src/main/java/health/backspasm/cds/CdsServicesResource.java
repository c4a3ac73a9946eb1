package health.backspasm.cds;

import health.backspasm.http.Problem;
import health.backspasm.http.ProblemException;
import health.backspasm.http.ProblemType;
import health.backspasm.knowledge.Codes;
import health.backspasm.knowledge.Knowledge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CDS Hooks 2.0 endpoints under {@code /cds-services}: discovery, the two services, and feedback. Thin:
 * {@link CdsHooks} answers; feedback is validated and counted (service, outcome, override reason code),
 * never logged. Authentication (JWT bearer tokens) is checked before this runs ({@code CdsTokenFilter}).
 */
@Path("/cds-services")
@Tag(name = "CDS Hooks", description = "CDS Hooks 2.0 services for electronic health records (FHIR R4).")
public class CdsServicesResource {


    private final CdsHooks hooks;
    private final MeterRegistry registry;
    private final Set<String> reasonCodes;

    CdsServicesResource(CdsHooks hooks, MeterRegistry registry, Knowledge knowledge) {
        this.hooks = hooks;
        this.registry = registry;
        this.reasonCodes = Set.copyOf(knowledge.codes().imagingGuidance().overrideReasons().stream()
                .map(Codes.OverrideReason::code).toList());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discover the CDS services", description = "CDS Hooks discovery: each service's hook, id,"
            + " title, description, prefetch templates and usage requirements.")
    @APIResponse(responseCode = "200", description = "The services.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CdsServiceDescription.Discovery.class),
            examples = @ExampleObject(name = "services", summary = "The two services",
                    value = CdsExamples.DISCOVERY_RESPONSE)))
    public CdsServiceDescription.Discovery discovery() {
        return new CdsServiceDescription.Discovery(hooks.services());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call a CDS service", description = "backspasm-red-flags (patient-view) screens the"
            + " prefetched record for back-pain red flags; backspasm-lumbar-imaging (order-select) rates a selected"
            + " lumbar spine X-ray, CT or MRI against NICE NG59 and the red flags. The service never calls the FHIR"
            + " server: without the prefetch it needs it answers 412.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CdsRequest.class), examples = {
                @ExampleObject(name = "patient-view", summary = "backspasm-red-flags: back pain and a history of cancer",
                        value = CdsExamples.PATIENT_VIEW_REQUEST),
                @ExampleObject(name = "order-select", summary = "backspasm-lumbar-imaging: lumbar MRI, no red flag",
                        value = CdsExamples.ORDER_SELECT_REQUEST)}))
    @APIResponse(responseCode = "200", description = "The cards (none when the record shows no back pain).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CdsResponse.class),
                    examples = {@ExampleObject(name = "patient-view", summary = "Back pain after cancer: a warning card",
                            value = CdsExamples.PATIENT_VIEW_RESPONSE),
                        @ExampleObject(name = "order-select", summary = "Lumbar MRI with no red flag: a warning card",
                            value = CdsExamples.ORDER_SELECT_RESPONSE)}))
    @APIResponse(responseCode = "400", description = "The request is invalid: a missing hook field, a hook that is not"
            + " the service's, a context without patientId (or selections and draftOrders for order-select), or"
            + " prefetch data that is not FHIR R4.")
    @APIResponse(responseCode = "401", description = "Authentication is on and the JWT bearer token is missing or"
            + " invalid.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid-token", value = CdsExamples.INVALID_TOKEN_PROBLEM)))
    @APIResponse(responseCode = "404", description = "There is no service with this id.")
    @APIResponse(responseCode = "412", description = "A prefetch key the service needs is missing or null.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing-prefetch", value = CdsExamples.MISSING_PREFETCH_PROBLEM)))
    public CdsResponse call(
            @Parameter(description = "The service id: backspasm-red-flags (patient-view) or backspasm-lumbar-imaging"
                    + " (order-select)", example = "backspasm-red-flags")
            @PathParam("id") String id,
            @Valid @NotNull CdsRequest body) {
        requireService(id);
        CdsResponse response = hooks.call(id, body);
        registry.counter("backspasm.cds.calls", "service", id)
                .increment();
        return response;
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send feedback on cards", description = "CDS Hooks feedback: what the clinician did with a"
            + " card (accepted a suggestion, or overrode it). Counted in the metric backspasm.cds.feedback by"
            + " service, outcome and override reason code; nothing of it is stored or logged.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Feedback.Request.class),
            examples = @ExampleObject(name = "overridden", value = CdsExamples.FEEDBACK_REQUEST)))
    @APIResponse(responseCode = "200", description = "The feedback was counted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feedback.Receipt.class),
            examples = @ExampleObject(name = "counted", summary = "One feedback entry counted",
                    value = CdsExamples.FEEDBACK_RESPONSE)))
    @APIResponse(responseCode = "400", description = "The feedback is invalid: a missing card uuid, outcome or"
            + " timestamp, or an accepted outcome without acceptedSuggestions.")
    @APIResponse(responseCode = "401", description = "Authentication is on and the JWT bearer token is missing or"
            + " invalid.")
    @APIResponse(responseCode = "404", description = "There is no service with this id.")
    public Feedback.Receipt feedback(
            @Parameter(description = "The service id: backspasm-red-flags or backspasm-lumbar-imaging",
                    example = "backspasm-lumbar-imaging")
            @PathParam("id") String id,
            @Valid @NotNull Feedback.Request body) {
        requireService(id);
        for (int i = 0; i < body.feedback().size(); i++) {
            Feedback f = body.feedback().get(i);
            if (f.outcome() == Feedback.Outcome.accepted
                    && (f.acceptedSuggestions() == null || f.acceptedSuggestions().isEmpty())) {
                throw ProblemException.invalid("feedback[" + i + "].acceptedSuggestions",
                        "is required when the outcome is accepted");
            }
        }
        for (Feedback f : body.feedback()) {
            String reason = f.overrideReason() == null || f.overrideReason().reason() == null ? "none"
                    : LumbarImagingCards.OVERRIDE_REASON_SYSTEM.equals(f.overrideReason().reason().system())
                            && reasonCodes.contains(f.overrideReason().reason().code())
                            ? f.overrideReason().reason().code() : "unlisted";
            registry.counter("backspasm.cds.feedback", "service", id, "outcome", f.outcome().name(),
                    "override_reason", reason).increment();
        }
        return new Feedback.Receipt(body.feedback().size());
    }

    private void requireService(String id) {
        if (hooks.hookOf(id).isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.NOT_FOUND,
                    "There is no CDS service with this id; GET /cds-services lists them."));
        }
    }
}
