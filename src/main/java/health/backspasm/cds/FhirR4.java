package health.backspasm.cds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import health.backspasm.knowledge.Prepared;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's R4 context, built once on a thread of its own when the service starts (building it and
 * scanning the resource types the services read costs about a second on a cold JVM), so that no
 * request pays for it; the first request waits for it if it comes earlier. Parsing is lenient about
 * unknown elements and logs nothing: a record's content never reaches the log.
 */
@Singleton
@Startup
public class FhirR4 {

    /** A tiny record with every resource type the services read, parsed once to warm the parser up. */
    private static final String WARM_UP = """
            {"resourceType":"Bundle","type":"searchset","entry":[
             {"resource":{"resourceType":"Patient","id":"w","birthDate":"1970-01-01"}},
             {"resource":{"resourceType":"Condition","id":"w","code":{"coding":[{"system":"s","code":"c"}]}}},
             {"resource":{"resourceType":"Observation","id":"w","status":"final","code":{"text":"t"},
              "valueQuantity":{"value":37,"code":"Cel"},"effectiveDateTime":"2020-01-01"}},
             {"resource":{"resourceType":"MedicationRequest","id":"w","status":"active","intent":"order",
              "subject":{"reference":"Patient/w"},"medicationCodeableConcept":{"text":"t"},"authoredOn":"2020-01-01"}},
             {"resource":{"resourceType":"MedicationStatement","id":"w","status":"active",
              "subject":{"reference":"Patient/w"},"medicationCodeableConcept":{"text":"t"}}},
             {"resource":{"resourceType":"ServiceRequest","id":"w","status":"draft","intent":"order",
              "subject":{"reference":"Patient/w"},"code":{"text":"t"}}}]}""";

    private final Prepared<FhirContext> context = Prepared.start("fhir-r4-context", FhirR4::build);

    private static FhirContext build() {
        FhirContext fhir = FhirContext.forR4();
        fhir.setParserErrorHandler(new LenientErrorHandler(false));
        fhir.newJsonParser().parseResource(WARM_UP);
        return fhir;
    }

    /**
     * Parses one FHIR R4 resource (a Bundle, a Patient, ...) from its JSON text.
     *
     * @throws DataFormatException when the text is not a FHIR R4 resource
     */
    public IBaseResource parse(String json) {
        IParser parser = context.get().newJsonParser();
        return parser.parseResource(json);
    }
}
