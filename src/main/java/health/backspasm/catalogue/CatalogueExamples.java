package health.backspasm.catalogue;

/**
 * CatalogueExamples of the catalogue's OpenAPI contract. The ids are real entries, so that Swagger UI's
 * "Try it out" answers 200 with them as they are; ExamplesTest keeps them so.
 */
final class CatalogueExamples {

    static final String FINDING_ID = "neuro.saddle_numbness";
    static final String CAUSE_ID = "cause.acute_strain";
    static final String REMEDY_ID = "remedy.stay_active";
    static final String RED_FLAG_ID = "redflag.cauda_equina";
    static final String SOURCE_ID = "source.nice_ng59";

    static final String UNKNOWN_ID = """
            {
              "type": "https://backspasm.health/problems/unknown-id",
              "title": "No entry has this id",
              "status": 404,
              "detail": "There is no cause with the id 'cause.sunburn'."
            }
            """;

    static final String INVALID_FILTER = """
            {
              "type": "https://backspasm.health/problems/validation",
              "title": "The request is not valid",
              "status": 400,
              "detail": "'phase' must be one of: acute, recovery, prevention",
              "errors": [{"field": "phase", "message": "must be one of: acute, recovery, prevention"}]
            }
            """;

    // 200 bodies as the service answers them (lists shortened to their first entry).

    static final String KNOWLEDGE = """
            {
              "version": "2026.12.1",
              "contentHash": "bfa0ac46303963eb48342d3f0575e1f0d2c638219a0403668a630712622804d8",
              "counts": {
                "findings": 72,
                "causes": 12,
                "remedies": 20,
                "redFlags": 26,
                "sources": 14
              },
              "sources": [
                {
                  "id": "source.seed_causes_article",
                  "title": "Causes of Back Spasms",
                  "publisher": "Tap to Read (editorial health website)",
                  "kind": "article",
                  "author": "Mamta Mule",
                  "date": "2018-11-03"
                },
                {
                  "id": "source.seed_vendor_page",
                  "title": "What Causes Muscle Spasms in the Lower Back?",
                  "publisher": "Seller of wearable laser therapy devices (online shop page)",
                  "kind": "vendor_page"
                }
              ],
              "disclaimer": "backspasm gives general guidance about back muscle spasms, not a diagnosis or a treatment plan. It cannot examine anyone. If symptoms are severe, getting worse, or worry you, contact a doctor; in an emergency call your local emergency number."
            }
            """;

    static final String CAUSE = """
            {
              "id": "cause.acute_strain",
              "name": "Acute muscle strain",
              "summary": "A muscle or tendon of the back strained or torn by a sudden force: a twist, a push or pull, a sudden movement in sport, or a single accident. It usually starts suddenly during the movement and makes carrying on impossible.",
              "needsDoctor": false,
              "pointsTo": [
                {
                  "id": "onset.twisting_pulling",
                  "present": 1.6,
                  "absent": -0.3
                },
                {
                  "id": "injury.minor_trauma",
                  "present": 1.3,
                  "absent": 0.0
                },
                {
                  "id": "onset.sudden",
                  "present": 1.0,
                  "absent": -0.8
                },
                {
                  "id": "movement.cannot_continue",
                  "present": 1.0,
                  "absent": 0.0
                },
                {
                  "id": "sport.football",
                  "present": 1.0,
                  "absent": 0.0
                },
                {
                  "id": "sport.basketball",
                  "present": 1.0,
                  "absent": 0.0
                },
                {
                  "id": "onset.during_sport",
                  "present": 0.8,
                  "absent": 0.0
                },
                {
                  "id": "sport.weightlifting",
                  "present": 0.6,
                  "absent": 0.0
                },
                {
                  "id": "pain.severe",
                  "present": 0.3,
                  "absent": 0.0
                },
                {
                  "id": "pain.worse_with_movement",
                  "present": 0.3,
                  "absent": 0.0
                },
                {
                  "id": "muscle.palpable_tension",
                  "present": 0.3,
                  "absent": 0.0
                }
              ],
              "pointsAgainst": [
                {
                  "id": "onset.gradual",
                  "present": -1.5,
                  "absent": 0.0
                }
              ],
              "remedyIds": [
                "remedy.stay_active",
                "remedy.superficial_heat",
                "remedy.massage",
                "remedy.nsaid",
                "remedy.manual_therapy",
                "remedy.exercise_programme",
                "remedy.ice",
                "remedy.careful_movement",
                "remedy.warm_bath",
                "remedy.laser_therapy"
              ],
              "sourceIds": [
                "source.seed_causes_article",
                "source.nice_cks_low_back_pain"
              ]
            }
            """;

    static final String CAUSES = "[" + CAUSE + "]";

    static final String FINDINGS = """
            [
              {
                "id": "onset.sudden",
                "label": "Sudden onset",
                "kind": "symptom",
                "question": "Did the pain or spasm start suddenly?",
                "sourceIds": [
                  "source.seed_causes_article"
                ]
              }
            ]
            """;

    static final String FINDING = """
            {
              "id": "neuro.saddle_numbness",
              "label": "Saddle numbness",
              "kind": "warning_sign",
              "question": "Do you have numbness or altered feeling around your genitals, anus or inner thighs?",
              "sourceIds": [
                "source.bass_cauda_equina_2018",
                "source.nhs_back_pain"
              ]
            }
            """;

    static final String RED_FLAG = """
            {
              "id": "redflag.cauda_equina",
              "name": "Suspected cauda equina syndrome",
              "urgency": "emergency",
              "rule": "neuro.saddle_numbness or neuro.bladder_dysfunction or neuro.bowel_incontinence or neuro.sexual_dysfunction or neuro.both_legs_weakness",
              "findingIds": [
                "neuro.saddle_numbness",
                "neuro.bladder_dysfunction",
                "neuro.bowel_incontinence",
                "neuro.sexual_dysfunction",
                "neuro.both_legs_weakness"
              ],
              "advice": "These signs can mean that the nerves at the bottom of the spinal cord are being squeezed (cauda equina syndrome). This needs an emergency assessment today: go to an emergency department or call the emergency number now. Do not wait to see if it settles.",
              "unconfirmedAdvice": "Signs of pressure on the nerves at the base of the spine (cauda equina syndrome) could not be ruled out. See a doctor today and tell them which signs you were unsure about. If you notice numbness around your genitals, bottom or inner thighs, trouble passing urine, loss of bladder or bowel control, or both legs becoming weak, call the emergency number or go to an emergency department at once.",
              "sourceIds": [
                "source.bass_cauda_equina_2018",
                "source.girft_cauda_equina_2023",
                "source.nhs_back_pain",
                "source.nice_cks_low_back_pain"
              ],
              "statements": [
                {
                  "sourceId": "source.nhs_back_pain",
                  "section": "Call 999 or go to A&E (list)",
                  "statement": "Back pain with numbness around the genitals or bottom, trouble peeing, loss of bladder or bowel control, or new sexual problems needs emergency care."
                },
                {
                  "sourceId": "source.girft_cauda_equina_2023",
                  "section": "Suspected cauda equina syndrome: presenting features and emergency referral",
                  "statement": "Reported or suspected change in saddle sensation, bladder, bowel or sexual function, or progressive bilateral leg weakness or gait change, is suspected CES: same-day emergency MRI."
                },
                {
                  "sourceId": "source.bass_cauda_equina_2018",
                  "section": "Standards of care: recognition and immediate referral",
                  "statement": "Suspected cauda equina syndrome is referred immediately for emergency assessment and imaging."
                },
                {
                  "sourceId": "source.nice_cks_low_back_pain",
                  "section": "Assessment: red flags for a serious cause (cauda equina syndrome)",
                  "statement": "Saddle anaesthesia, sphincter disturbance or severe or progressive bilateral neurological deficit: refer immediately."
                }
              ],
              "codes": [
                {
                  "system": "http://hl7.org/fhir/sid/icd-10",
                  "code": "G83.4",
                  "display": "Cauda equina syndrome",
                  "includeSubcodes": false,
                  "sourceIds": [
                    "source.who_icd10_browser"
                  ]
                },
                {
                  "system": "http://hl7.org/fhir/sid/icd-10-cm",
                  "code": "G83.4",
                  "display": "Cauda equina syndrome",
                  "includeSubcodes": false,
                  "sourceIds": [
                    "source.cdc_icd10cm_browser"
                  ]
                }
              ]
            }
            """;

    static final String RED_FLAGS = "[" + RED_FLAG + "]";

    static final String REMEDY = """
            {
              "id": "remedy.stay_active",
              "name": "Keep moving, avoid bed rest",
              "instructions": "Stay as active as the pain allows and carry on with daily activities. Avoid lying in bed for long: prolonged bed rest makes the muscles weaker and stiffer and slows recovery.",
              "kind": "self_care",
              "phase": "acute",
              "evidence": "guideline",
              "general": true,
              "cautions": [],
              "causeIds": [
                "cause.acute_strain",
                "cause.overuse",
                "cause.overexertion",
                "cause.posture_lifting",
                "cause.weak_muscles",
                "cause.no_warmup",
                "cause.immobility",
                "cause.disc_problem",
                "cause.dehydration",
                "cause.electrolyte_deficiency",
                "cause.heat_cramps"
              ],
              "addresses": [],
              "sourceIds": [
                "source.nice_ng59",
                "source.seed_causes_article"
              ]
            }
            """;

    static final String REMEDIES = "[" + REMEDY + "]";

    static final String SOURCES = """
            [
              {
                "id": "source.seed_causes_article",
                "title": "Causes of Back Spasms",
                "publisher": "Tap to Read (editorial health website)",
                "kind": "article",
                "author": "Mamta Mule",
                "date": "2018-11-03"
              }
            ]
            """;

    static final String SOURCE = """
            {
              "id": "source.nice_ng59",
              "title": "Low back pain and sciatica in over 16s: assessment and management (NG59)",
              "publisher": "National Institute for Health and Care Excellence (NICE)",
              "kind": "guideline",
              "date": "2016-11-30",
              "url": "https://www.nice.org.uk/guidance/ng59"
            }
            """;

    /** The 404 of an unknown finding id. */
    static final String UNKNOWN_FINDING = """
            {
              "type": "https://backspasm.health/problems/unknown-id",
              "title": "No entry has this id",
              "status": 404,
              "detail": "There is no finding with the id 'neuro.sunburn'."
            }
            """;

    /** The 404 of an unknown remedy id. */
    static final String UNKNOWN_REMEDY = """
            {
              "type": "https://backspasm.health/problems/unknown-id",
              "title": "No entry has this id",
              "status": 404,
              "detail": "There is no remedy with the id 'remedy.sunburn'."
            }
            """;

    /** The 404 of an unknown red-flag id. */
    static final String UNKNOWN_RED_FLAG = """
            {
              "type": "https://backspasm.health/problems/unknown-id",
              "title": "No entry has this id",
              "status": 404,
              "detail": "There is no red flag with the id 'redflag.sunburn'."
            }
            """;

    /** The 404 of an unknown source id. */
    static final String UNKNOWN_SOURCE = """
            {
              "type": "https://backspasm.health/problems/unknown-id",
              "title": "No entry has this id",
              "status": 404,
              "detail": "There is no source with the id 'source.sunburn'."
            }
            """;

    /** The 400 of an unknown finding kind. */
    static final String INVALID_KIND = """
            {
              "type": "https://backspasm.health/problems/validation",
              "title": "The request is not valid",
              "status": 400,
              "detail": "'kind' must be one of: symptom, activity, lifestyle, warning_sign",
              "errors": [{"field": "kind", "message": "must be one of: symptom, activity, lifestyle, warning_sign"}]
            }
            """;

    private CatalogueExamples() {
    }
}
