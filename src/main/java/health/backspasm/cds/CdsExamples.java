package health.backspasm.cds;

/** Working examples of the CDS Hooks endpoints, for the OpenAPI contract and Swagger UI. */
final class CdsExamples {

    private CdsExamples() {
    }

    static final String PATIENT_VIEW_REQUEST = """
            {
              "hook": "patient-view",
              "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
              "context": {"userId": "Practitioner/example", "patientId": "1288992"},
              "prefetch": {
                "patient": {"resourceType": "Patient", "id": "1288992", "gender": "female", "birthDate": "1958-04-02"},
                "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": [
                  {"resource": {"resourceType": "Condition", "id": "lbp",
                    "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                    "code": {"coding": [{"system": "http://snomed.info/sct", "code": "279039007", "display": "Low back pain"}]},
                    "subject": {"reference": "Patient/1288992"}}},
                  {"resource": {"resourceType": "Condition", "id": "ca",
                    "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "resolved"}]},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "Z85.3", "display": "Personal history of malignant neoplasm of breast"}]},
                    "subject": {"reference": "Patient/1288992"}}}]},
                "observations": {"resourceType": "Bundle", "type": "searchset", "entry": []},
                "medications": {"resourceType": "Bundle", "type": "searchset", "entry": []}
              }
            }""";

    static final String ORDER_SELECT_REQUEST = """
            {
              "hook": "order-select",
              "hookInstance": "4a4d2a1c-5b4f-4c43-9d6a-0c1f2e3d4b5a",
              "context": {
                "userId": "PractitionerRole/123", "patientId": "1288992",
                "selections": ["ServiceRequest/lumbar-mri"],
                "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "ServiceRequest", "id": "lumbar-mri", "status": "draft", "intent": "order",
                    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "72148", "display": "MRI lumbar spine without contrast"}]},
                    "reasonCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "279039007", "display": "Low back pain"}]}],
                    "subject": {"reference": "Patient/1288992"}}}]}
              },
              "prefetch": {
                "patient": {"resourceType": "Patient", "id": "1288992", "birthDate": "1984-07-15"},
                "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": []},
                "observations": {"resourceType": "Bundle", "type": "searchset", "entry": []},
                "medications": {"resourceType": "Bundle", "type": "searchset", "entry": []}
              }
            }""";

    static final String FEEDBACK_REQUEST = """
            {
              "feedback": [{
                "card": "9368d37b-283f-44a0-93ea-547cebab93ed",
                "outcome": "overridden",
                "overrideReason": {"reason": {"system": "https://backspasm.health/cds/override-reason",
                  "code": "specialist-setting", "display": "Ordered in a specialist setting"}},
                "outcomeTimestamp": "2026-11-30T02:00:00Z"
              }]
            }""";

    static final String MISSING_PREFETCH_PROBLEM = """
            {
              "type": "https://backspasm.health/problems/missing-prefetch",
              "title": "The prefetched FHIR data the service needs is missing",
              "status": 412,
              "detail": "The request lacks the prefetch keys conditions, medications, observations, patient, and this\
             service does not call the FHIR server: send the data of the discovery's prefetch templates."
            }""";

    static final String INVALID_TOKEN_PROBLEM = """
            {
              "type": "https://backspasm.health/problems/invalid-token",
              "title": "A valid signed JWT bearer token is required",
              "status": 401,
              "detail": "Send a JWT signed by an allowlisted issuer (RS384 or ES384) as 'Authorization: Bearer ...'."
            }""";
}
