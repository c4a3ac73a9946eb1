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

    /** What GET /cds-services answers (captured from the service). */
    static final String DISCOVERY_RESPONSE = """
            {
              "services": [
                {
                  "hook": "patient-view",
                  "id": "backspasm-red-flags",
                  "title": "Back pain red flags",
                  "description": "When a record shows back pain, screens it for red flags (history of cancer, osteoporosis, an aortic aneurysm, immunosuppression, long-term corticosteroids, a recent temperature of 38 °C or more, age): critical for an emergency, warning for urgent, info listing the red-flag questions the record cannot answer.",
                  "prefetch": {
                    "patient": "Patient/{{context.patientId}}",
                    "conditions": "Condition?patient={{context.patientId}}",
                    "observations": "Observation?patient={{context.patientId}}&code=http://loinc.org|8310-5,http://loinc.org|8331-1&_sort=-date&_count=20",
                    "medications": "MedicationRequest?patient={{context.patientId}}&status=active"
                  },
                  "usageRequirements": "Needs the four prefetch keys (the service never calls the FHIR server; without them it answers 412). Send a JWT bearer token signed by an allowlisted issuer when authentication is on."
                },
                {
                  "hook": "order-select",
                  "id": "backspasm-lumbar-imaging",
                  "title": "Lumbar spine imaging for low back pain",
                  "description": "Rates a selected lumbar spine X-ray, CT or MRI for back pain against NICE NG59 and the red flags: no red flag, a warning suggesting to remove the draft order; an emergency red flag, a critical card (emergency MRI, same-day referral).",
                  "prefetch": {
                    "patient": "Patient/{{context.patientId}}",
                    "conditions": "Condition?patient={{context.patientId}}",
                    "observations": "Observation?patient={{context.patientId}}&code=http://loinc.org|8310-5,http://loinc.org|8331-1&_sort=-date&_count=20",
                    "medications": "MedicationRequest?patient={{context.patientId}}&status=active"
                  },
                  "usageRequirements": "Needs the four prefetch keys (the service never calls the FHIR server; without them it answers 412). Send a JWT bearer token signed by an allowlisted issuer when authentication is on. Without a lumbar imaging order among the selections it answers no card and needs no prefetch."
                }
              ]
            }
            """;

    /** What the red-flag service answers to PATIENT_VIEW_REQUEST (captured from the service). */
    static final String PATIENT_VIEW_RESPONSE = """
            {
              "cards": [
                {
                  "uuid": "85db81b7-cb80-46ed-b885-fc80c162db86",
                  "summary": "See a doctor today: back pain with new back pain after cancer",
                  "detail": "The record shows back pain with a red flag:\\n\\n- **New back pain after cancer** (urgent): New back pain in someone who has had cancer needs checking the same day, because cancer can spread to the spine. See a doctor today and tell them about the cancer. If a leg becomes weak, numb or tingly, call the emergency number.\\n\\n**See a doctor today** (within 24 hours): See a doctor today: ask for a same-day appointment or call an urgent-care line. Go to an emergency department if new numbness around the genitals, bladder or bowel problems, or weakness in both legs appear.\\n\\nWhat the record shows: age 68; History of cancer; Lower back pain.",
                  "indicator": "warning",
                  "source": {
                    "label": "backspasm red-flag screening (National Institute for Health and Care Excellence (NICE): Spinal metastases and metastatic spinal cord compression (NG234))",
                    "url": "https://www.nice.org.uk/guidance/ng234"
                  },
                  "links": [
                    {
                      "label": "Spinal metastases and metastatic spinal cord compression (NG234)",
                      "url": "https://www.nice.org.uk/guidance/ng234",
                      "type": "absolute"
                    },
                    {
                      "label": "Back pain",
                      "url": "https://www.nhs.uk/conditions/back-pain/",
                      "type": "absolute"
                    }
                  ]
                },
                {
                  "uuid": "24174bd9-d57b-4ca8-bf98-e553a2e23e18",
                  "summary": "Back pain: ask the 4 red-flag questions the record cannot answer",
                  "detail": "The record shows back pain, but it cannot answer these red-flag questions. Ask the patient:\\n\\n- Ask about: Saddle numbness; New bladder problems; New loss of bowel control; New sexual dysfunction; Weakness in both legs; Numbness or tingling in both legs; Pain in both legs; Chest pain or breathlessness; Fainting, or pale, sweaty and clammy; Serious accident\\n- Ask about: New weakness in one leg; Feeling of paralysis; Tummy (abdominal) pain; Known abdominal aortic aneurysm (AAA)\\n- Ask about: Numbness or tingling in a leg; Pain spreading below the knee\\n- Ask about: Sudden onset; Severe pain\\n\\nAlso in the record:\\n\\n- **First episode at age 50 or over, or under 20** (consult): A first episode of back pain at 50 or over, or under 20, is more often due to something other than a strained muscle. Book an appointment with a doctor within a few days.\\n\\nWhat the record shows: age 68; History of cancer; Lower back pain.",
                  "indicator": "info",
                  "source": {
                    "label": "backspasm red-flag screening (National Institute for Health and Care Excellence (NICE): Back pain - low (without radiculopathy): Clinical Knowledge Summaries)",
                    "url": "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"
                  },
                  "links": [
                    {
                      "label": "Back pain - low (without radiculopathy): Clinical Knowledge Summaries",
                      "url": "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/",
                      "type": "absolute"
                    },
                    {
                      "label": "Low back pain and sciatica in over 16s: assessment and management (NG59)",
                      "url": "https://www.nice.org.uk/guidance/ng59",
                      "type": "absolute"
                    },
                    {
                      "label": "Back pain",
                      "url": "https://www.nhs.uk/conditions/back-pain/",
                      "type": "absolute"
                    }
                  ]
                }
              ]
            }
            """;

    /** What the imaging service answers to ORDER_SELECT_REQUEST (captured from the service). */
    static final String ORDER_SELECT_RESPONSE = """
            {
              "cards": [
                {
                  "uuid": "7cba6afd-b76d-4adb-891e-240cf4aa802c",
                  "summary": "NICE NG59: do not routinely offer lumbar imaging for low back pain in a non-specialist setting",
                  "detail": "Selected: MRI of the lumbar spine.\\n\\nThe record shows low back pain and no red flag. NICE NG59 advises against routine imaging for low back pain, with or without sciatica, in a non-specialist setting: in most people it does not change management, and incidental findings can cause harm. In specialist care, imaging is for when its result is likely to change management. Consider removing the draft order unless a red flag is present or you work in a specialist setting.\\n\\nThe record cannot answer these red-flag questions; ask the patient:\\n\\n- Ask about: Saddle numbness; New bladder problems; New loss of bowel control; New sexual dysfunction; Weakness in both legs; Numbness or tingling in both legs; Pain in both legs; Chest pain or breathlessness; Fainting, or pale, sweaty and clammy; Serious accident\\n- Ask about: Fever or feeling unwell; Weakened immune system; History of cancer; Unexplained weight loss; Pain at rest or at night; Pain stops sleep; Swelling or change of shape; Upper back pain; New weakness in one leg; Feeling of paralysis; Worse on coughing or sneezing; Tummy (abdominal) pain; Known abdominal aortic aneurysm (AAA)\\n- Ask about: Sharp, extremely painful spasms; Numbness or tingling in a leg; Pain spreading below the knee; Pain keeps getting worse; Recurrent spasms; Osteoporosis; Long-term steroids\\n- Ask about: Sudden onset; Minor injury; Began while lifting; Began while twisting or pulling; Severe pain\\n- How many days ago did the pain start?\\n\\nWhat the record shows: age 42; Lower back pain.",
                  "indicator": "warning",
                  "source": {
                    "label": "backspasm lumbar imaging check (National Institute for Health and Care Excellence (NICE): Low back pain and sciatica in over 16s: assessment and management (NG59))",
                    "url": "https://www.nice.org.uk/guidance/ng59"
                  },
                  "suggestions": [
                    {
                      "label": "Remove the draft imaging order",
                      "uuid": "7da21aeb-08e9-4887-92f0-2fc78d6e65c2",
                      "isRecommended": true,
                      "actions": [
                        {
                          "type": "delete",
                          "description": "Remove the draft order: MRI of the lumbar spine",
                          "resourceId": "ServiceRequest/lumbar-mri"
                        }
                      ]
                    }
                  ],
                  "selectionBehavior": "at-most-one",
                  "overrideReasons": [
                    {
                      "system": "https://backspasm.health/cds/override-reason",
                      "code": "red-flag-present",
                      "display": "A red flag is present that the record does not show"
                    },
                    {
                      "system": "https://backspasm.health/cds/override-reason",
                      "code": "specialist-setting",
                      "display": "Ordered in a specialist setting, where the result will change management"
                    },
                    {
                      "system": "https://backspasm.health/cds/override-reason",
                      "code": "other",
                      "display": "Other reason"
                    }
                  ],
                  "links": [
                    {
                      "label": "Low back pain and sciatica in over 16s: assessment and management (NG59)",
                      "url": "https://www.nice.org.uk/guidance/ng59",
                      "type": "absolute"
                    }
                  ]
                }
              ]
            }
            """;

    /** What the feedback endpoint answers to FEEDBACK_REQUEST. */
    static final String FEEDBACK_RESPONSE = """
            {
              "counted": 1
            }
            """;
}
