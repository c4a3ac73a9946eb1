package health.backspasm.cds;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.cds.LumbarImagingCards.SelectedImaging;
import health.backspasm.http.Problem;
import health.backspasm.http.ProblemException;
import health.backspasm.http.ProblemType;
import health.backspasm.knowledge.Codes;
import health.backspasm.knowledge.Codes.ImagingOrder;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.screening.ScreeningEngine;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The two CDS Hooks services: what discovery says about them, and a call's cards. Reads only the
 * request (the prefetched FHIR data and the hook's context): it never calls the client's FHIR server,
 * so a missing prefetch is a 412 problem naming the keys. Stateless.
 */
@Singleton
public class CdsHooks {

    static final String RED_FLAGS = "backspasm-red-flags";
    static final String LUMBAR_IMAGING = "backspasm-lumbar-imaging";
    static final String PATIENT_VIEW = "patient-view";
    static final String ORDER_SELECT = "order-select";
    static final List<String> SERVICE_IDS = List.of(RED_FLAGS, LUMBAR_IMAGING);

    private final FhirR4 fhir;
    private final ObjectMapper json;
    private final RecordReader reader;
    private final RedFlagCards redFlagCards;
    private final LumbarImagingCards imagingCards;
    private final Map<String, String> prefetch;
    private final List<CdsServiceDescription> services;
    private final Clock clock;
    private final Codes codes;

    CdsHooks(Knowledge knowledge, ScreeningEngine engine, FhirR4 fhir, ObjectMapper json) {
        this.fhir = fhir;
        this.json = json;
        this.reader = new RecordReader(knowledge);
        this.redFlagCards = new RedFlagCards(knowledge, engine);
        this.imagingCards = new LumbarImagingCards(knowledge, redFlagCards);
        this.clock = Clock.systemUTC();
        this.codes = knowledge.codes();
        String temperatureCodes = knowledge.codes().all().stream()
                .filter(c -> "http://loinc.org".equals(c.system()))
                .filter(c -> knowledge.codes().observations().stream().anyMatch(o -> o.findingId().equals(c.means())))
                .map(c -> c.system() + "|" + c.code()).collect(Collectors.joining(","));
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("patient", "Patient/{{context.patientId}}");
        templates.put("conditions", "Condition?patient={{context.patientId}}");
        templates.put("observations", "Observation?patient={{context.patientId}}&code=" + temperatureCodes
                + "&_sort=-date&_count=20");
        templates.put("medications", "MedicationRequest?patient={{context.patientId}}&status=active");
        this.prefetch = Map.copyOf(templates);
        String usage = "Needs the four prefetch keys (the service never calls the FHIR server; without them it answers"
                + " 412). Send a JWT bearer token signed by an allowlisted issuer when authentication is on.";
        this.services = List.of(
                new CdsServiceDescription(PATIENT_VIEW, RED_FLAGS, "Back pain red flags",
                        "When a record shows back pain, screens it for red flags (history of cancer, osteoporosis, an"
                                + " aortic aneurysm, immunosuppression, long-term corticosteroids, a recent"
                                + " temperature of 38 °C or more, age): critical for an emergency, warning for"
                                + " urgent, info listing the red-flag questions the record cannot answer.",
                        templates, usage),
                new CdsServiceDescription(ORDER_SELECT, LUMBAR_IMAGING, "Lumbar spine imaging for low back pain",
                        "Rates a selected lumbar spine X-ray, CT or MRI for back pain against NICE NG59 and the red"
                                + " flags: no red flag, a warning suggesting to remove the draft order; an"
                                + " emergency red flag, a critical card (emergency MRI, same-day referral).",
                        templates, usage + " Without a lumbar imaging order among the selections it answers no card"
                                + " and needs no prefetch."));
    }

    List<CdsServiceDescription> services() {
        return services;
    }

    /** The hook a service answers, or empty when there is no such service. */
    Optional<String> hookOf(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).map(CdsServiceDescription::hook).findFirst();
    }

    /** The cards of one call; a {@link ProblemException} (400, 412) when the request cannot be answered. */
    CdsResponse call(String serviceId, CdsRequest request) {
        String hook = hookOf(serviceId).orElseThrow();
        if (!hook.equals(request.hook())) {
            throw ProblemException.invalid("hook", "must be '" + hook + "' for the service " + serviceId);
        }
        String patientId = text(request.context(), "patientId");
        if (RED_FLAGS.equals(serviceId)) {
            return new CdsResponse(redFlagCards.cards(record(request, patientId, List.of())));
        }
        List<SelectedImaging> orders = new ArrayList<>();
        List<CodeableConcept> reasons = new ArrayList<>();
        selectedImaging(request.context(), orders, reasons);
        if (orders.isEmpty()) {
            return new CdsResponse(List.of());
        }
        return new CdsResponse(imagingCards.cards(orders, record(request, patientId, reasons)));
    }

    private PatientRecord record(CdsRequest request, String patientId, List<CodeableConcept> extraCodes) {
        JsonNode prefetched = request.prefetch();
        if (prefetched != null && !prefetched.isNull() && !prefetched.isObject()) {
            throw ProblemException.invalid("prefetch", "must be an object of FHIR data by prefetch key");
        }
        Map<String, JsonNode> given = new LinkedHashMap<>();
        if (prefetched != null) {
            prefetched.fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
        }
        List<String> missing = prefetch.keySet().stream().sorted()
                .filter(k -> given.get(k) == null || given.get(k).isNull()).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.MISSING_PREFETCH, "The request lacks the prefetch "
                    + (missing.size() == 1 ? "key " : "keys ") + String.join(", ", missing)
                    + ", and this service does not call the FHIR server: send the data of the discovery's prefetch"
                    + " templates."));
        }
        Patient patient = resources("patient", given.get("patient")).stream()
                .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst()
                .orElseThrow(() -> ProblemException.invalid("prefetch.patient", "must be a FHIR R4 Patient"));
        if (patient.getIdElement().getIdPart() != null && !patient.getIdElement().getIdPart().equals(patientId)) {
            throw ProblemException.invalid("prefetch.patient", "is not the patient of context.patientId");
        }
        List<Resource> resources = new ArrayList<>();
        for (String key : List.of("conditions", "observations", "medications")) {
            resources.addAll(resources(key, given.get(key)));
        }
        return reader.read(patient, resources, extraCodes, LocalDate.now(clock));
    }

    /** The resources of a prefetch value: a resource, or a Bundle's entries. */
    private List<Resource> resources(String key, JsonNode node) {
        IBaseResource parsed = parse("prefetch." + key, node);
        if (parsed instanceof Bundle bundle) {
            return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(r -> r != null).toList();
        }
        return parsed instanceof Resource r ? List.of(r) : List.of();
    }

    private void selectedImaging(JsonNode context, List<SelectedImaging> orders, List<CodeableConcept> reasons) {
        JsonNode selections = context.get("selections");
        if (selections == null || !selections.isArray() || selections.isEmpty()) {
            throw ProblemException.invalid("context.selections", "must list the selected orders, e.g."
                    + " [\"ServiceRequest/123\"]");
        }
        List<String> selected = new ArrayList<>();
        for (JsonNode s : selections) {
            if (!s.isTextual()) {
                throw ProblemException.invalid("context.selections", "must hold references such as ServiceRequest/123");
            }
            selected.add(s.asText());
        }
        IBaseResource drafts = parse("context.draftOrders", context.get("draftOrders"));
        if (!(drafts instanceof Bundle bundle)) {
            throw ProblemException.invalid("context.draftOrders", "must be a FHIR R4 Bundle of draft orders");
        }
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof ServiceRequest order
                    && selected.contains("ServiceRequest/" + order.getIdElement().getIdPart())) {
                Optional<ImagingOrder> imaging = reader.imagingOrder(order.getCode())
                        .flatMap(codes::imagingOrder);
                imaging.ifPresent(o -> {
                    orders.add(new SelectedImaging("ServiceRequest/" + order.getIdElement().getIdPart(), o));
                    reasons.addAll(order.getReasonCode());
                });
            }
        }
    }

    private IBaseResource parse(String field, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid(field, "must be a FHIR R4 resource (a JSON object)");
        }
        try {
            return fhir.parse(json.writeValueAsString(node));
        } catch (DataFormatException | JsonProcessingException | ClassCastException e) {
            throw ProblemException.invalid(field, "is not a valid FHIR R4 resource");
        }
    }

    private static String text(JsonNode context, String field) {
        JsonNode value = context.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ProblemException.invalid("context." + field, "is required");
        }
        return value.asText();
    }
}
