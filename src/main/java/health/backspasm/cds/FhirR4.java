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
 * HAPI FHIR's R4 context, built once, on a low-priority thread of its own {@value #BUILD_AFTER_SECONDS}
 * seconds after the service starts: building it and scanning the resource types the services read costs
 * about 0.35 s of CPU and about 30 MB of memory (src/docs/cds-hooks.md), which on a small machine
 * competed with the framework's own start for the cores. After that no request pays for it; a CDS Hooks
 * request that comes earlier builds it (or waits for the build under way). Parsing is lenient about
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

    static final int BUILD_AFTER_SECONDS = 2;

    private volatile FhirContext context;

    FhirR4() {
        Prepared.later("fhir-r4-context", BUILD_AFTER_SECONDS, this::context);
    }

    /** The context, built by whoever needs it first (the delayed build, or an early request). */
    private FhirContext context() {
        FhirContext built = context;
        if (built == null) {
            synchronized (this) {
                built = context;
                if (built == null) {
                    built = build();
                    context = built;
                }
            }
        }
        return built;
    }

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
        IParser parser = context().newJsonParser();
        return parser.parseResource(json);
    }
}
