package health.backspasm.cds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;

/** Builds realistic CDS Hooks requests: a FHIR R4 record prefetched as the discovery's templates ask. */
final class Records {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String LOINC = "http://loinc.org";
    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private final String patientId = "pat-" + UUID.randomUUID().toString().substring(0, 8);
    private final ObjectNode patient = JSON.createObjectNode();
    private final ArrayNode conditions = JSON.createArrayNode();
    private final ArrayNode observations = JSON.createArrayNode();
    private final ArrayNode medications = JSON.createArrayNode();
    private int ids;

    Records(int age) {
        patient.put("resourceType", "Patient").put("id", patientId).put("gender", "female")
                .put("birthDate", LocalDate.now().minusYears(age).minusDays(10).toString());
        patient.putArray("name").addObject().put("family", "Example").putArray("given").add("Alex");
    }

    String patientId() {
        return patientId;
    }

    Records condition(String system, String code, String display, String clinicalStatus) {
        ObjectNode c = conditions.addObject().putObject("resource");
        c.put("resourceType", "Condition").put("id", "c" + ids++);
        c.putObject("clinicalStatus").putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/condition-clinical").put("code", clinicalStatus);
        c.putObject("verificationStatus").putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/condition-ver-status").put("code", "confirmed");
        c.putObject("code").putArray("coding").addObject().put("system", system).put("code", code)
                .put("display", display);
        c.putObject("subject").put("reference", "Patient/" + patientId);
        c.put("recordedDate", LocalDate.now().minusDays(3).toString());
        return this;
    }

    Records condition(String system, String code, String display) {
        return condition(system, code, display, "active");
    }

    Records lowBackPain() {
        return condition(SNOMED, "279039007", "Low back pain");
    }

    Records temperature(double value, String unit, int daysAgo) {
        ObjectNode o = observations.addObject().putObject("resource");
        o.put("resourceType", "Observation").put("id", "o" + ids++).put("status", "final");
        o.putArray("category").addObject().putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/observation-category").put("code", "vital-signs");
        o.putObject("code").putArray("coding").addObject().put("system", LOINC).put("code", "8310-5")
                .put("display", "Body temperature");
        o.putObject("subject").put("reference", "Patient/" + patientId);
        o.put("effectiveDateTime", LocalDate.now().minusDays(daysAgo) + "T09:30:00Z");
        o.putObject("valueQuantity").put("value", value).put("unit", unit.equals("Cel") ? "°C" : "°F")
                .put("system", "http://unitsofmeasure.org").put("code", unit);
        return this;
    }

    Records medication(String system, String code, String display, Integer startedDaysAgo) {
        ObjectNode m = medications.addObject().putObject("resource");
        m.put("resourceType", "MedicationRequest").put("id", "m" + ids++).put("status", "active").put("intent", "order");
        m.putObject("medicationCodeableConcept").putArray("coding").addObject().put("system", system)
                .put("code", code).put("display", display);
        m.putObject("subject").put("reference", "Patient/" + patientId);
        if (startedDaysAgo != null) {
            m.put("authoredOn", LocalDate.now().minusDays(startedDaysAgo).toString());
        }
        return this;
    }

    ObjectNode prefetch() {
        ObjectNode prefetch = JSON.createObjectNode();
        prefetch.set("patient", patient.deepCopy());
        prefetch.set("conditions", bundle(conditions));
        prefetch.set("observations", bundle(observations));
        prefetch.set("medications", bundle(medications));
        return prefetch;
    }

    ObjectNode patientView() {
        ObjectNode request = JSON.createObjectNode();
        request.put("hook", "patient-view").put("hookInstance", UUID.randomUUID().toString())
                .put("fhirServer", "https://ehr.example.org/fhir");
        request.putObject("context").put("userId", "Practitioner/example").put("patientId", patientId);
        request.set("prefetch", prefetch());
        return request;
    }

    /** An order-select request selecting a lumbar imaging order (CPT) with reason low back pain. */
    ObjectNode orderSelect(String cpt, String display, boolean lowBackPainReason) {
        ObjectNode request = JSON.createObjectNode();
        request.put("hook", "order-select").put("hookInstance", UUID.randomUUID().toString());
        ObjectNode context = request.putObject("context");
        context.put("userId", "PractitionerRole/123").put("patientId", patientId);
        context.putArray("selections").add("ServiceRequest/img-1");
        ObjectNode drafts = context.putObject("draftOrders");
        drafts.put("resourceType", "Bundle").put("type", "collection");
        ObjectNode order = drafts.putArray("entry").addObject().putObject("resource");
        order.put("resourceType", "ServiceRequest").put("id", "img-1").put("status", "draft").put("intent", "order");
        order.putObject("code").putArray("coding").addObject().put("system", CPT).put("code", cpt)
                .put("display", display);
        if (lowBackPainReason) {
            order.putArray("reasonCode").addObject().putArray("coding").addObject().put("system", SNOMED)
                    .put("code", "279039007").put("display", "Low back pain");
        }
        order.putObject("subject").put("reference", "Patient/" + patientId);
        request.set("prefetch", prefetch());
        return request;
    }

    private static ObjectNode bundle(ArrayNode entries) {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("resourceType", "Bundle").put("type", "searchset").put("total", entries.size());
        bundle.set("entry", entries.deepCopy());
        return bundle;
    }
}
