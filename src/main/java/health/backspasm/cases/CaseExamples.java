package health.backspasm.cases;

/** Example cases for the OpenAPI documents; each works as it is in Swagger UI's "Try it out". */
public final class CaseExamples {

    /** A golfer with back pain that came on gradually: self-care, overuse leads. */
    public static final String GOLFER_CASE = """
            {
              "age": 45,
              "sex": "male",
              "durationDays": 10,
              "findings": [
                {"id": "sport.golf", "state": "present"},
                {"id": "onset.gradual", "state": "present"},
                {"id": "pain.lower_back", "state": "present"},
                {"id": "muscle.stiffness", "state": "present"},
                {"id": "neuro.saddle_numbness", "state": "absent"},
                {"id": "neuro.bladder_dysfunction", "state": "absent"}
              ]
            }
            """;

    /** Numbness around the genitals and new bladder trouble: suspected cauda equina syndrome. */
    public static final String CAUDA_EQUINA_CASE = """
            {
              "age": 38,
              "sex": "female",
              "durationDays": 3,
              "findings": [
                {"id": "pain.lower_back", "state": "present"},
                {"id": "onset.lifting", "state": "present"},
                {"id": "neuro.saddle_numbness", "state": "present"},
                {"id": "neuro.bladder_dysfunction", "state": "present"},
                {"id": "pain.both_legs", "state": "present"}
              ]
            }
            """;

    /**
     * A person who is not sure about numbness around the genitals and has ruled out the other emergency
     * signs: suspected cauda equina syndrome is unconfirmed, and the level is urgent (see a doctor today).
     */
    public static final String NOT_SURE_CASE = """
            {
              "age": 41,
              "durationDays": 2,
              "findings": [
                {"id": "pain.lower_back", "state": "present"},
                {"id": "onset.lifting", "state": "present"},
                {"id": "neuro.saddle_numbness", "state": "unknown"},
                {"id": "neuro.bladder_dysfunction", "state": "absent"},
                {"id": "neuro.bowel_incontinence", "state": "absent"},
                {"id": "neuro.sexual_dysfunction", "state": "absent"},
                {"id": "neuro.both_legs_weakness", "state": "absent"},
                {"id": "neuro.numbness_both_legs", "state": "absent"},
                {"id": "pain.both_legs", "state": "absent"},
                {"id": "pain.chest", "state": "absent"},
                {"id": "general.faint", "state": "absent"},
                {"id": "injury.major_trauma", "state": "absent"},
                {"id": "history.cancer", "state": "absent"},
                {"id": "history.aneurysm", "state": "absent"}
              ]
            }
            """;

    /** The screening of {@link #NOT_SURE_CASE}, as the service answers it. */
    public static final String NOT_SURE_SCREENING = """
            {
              "level": "urgent",
              "title": "See a doctor today",
              "timeFrame": "within 24 hours",
              "advice": "See a doctor today: ask for a same-day appointment or call an urgent-care line. Go to an emergency department if new numbness around the genitals, bladder or bowel problems, or weakness in both legs appear.",
              "redFlags": [
                {
                  "id": "redflag.cauda_equina",
                  "name": "Suspected cauda equina syndrome",
                  "urgency": "emergency",
                  "status": "unconfirmed",
                  "level": "urgent",
                  "unknownFindingIds": [
                    "neuro.saddle_numbness"
                  ],
                  "advice": "You were not sure about: Saddle numbness. Signs of pressure on the nerves at the base of the spine (cauda equina syndrome) could not be ruled out. See a doctor today and tell them which signs you were unsure about. If you notice numbness around your genitals, bottom or inner thighs, trouble passing urine, loss of bladder or bowel control, or both legs becoming weak, call the emergency number or go to an emergency department at once."
                }
              ],
              "pendingQuestions": [],
              "knowledgeVersion": "2026.12.1",
              "disclaimer": "backspasm gives general guidance about back muscle spasms, not a diagnosis or a treatment plan. It cannot examine anyone. If symptoms are severe, getting worse, or worry you, contact a doctor; in an emergency call your local emergency number."
            }
            """;

    /** The screening of {@link #GOLFER_CASE}, as the service answers it. */
    public static final String GOLFER_SCREENING = """
            {
              "level": "self_care",
              "title": "Self-care",
              "timeFrame": "as needed",
              "advice": "Self-care is appropriate: most back spasms get better by themselves within days to weeks. Keep moving gently and avoid bed rest. See a doctor if the pain gets worse, has not improved after two to four weeks, or any warning sign appears.",
              "redFlags": [],
              "pendingQuestions": [
                {
                  "kind": "findings",
                  "text": "Do you have any of these right now? Tick all that apply, and say \\"not sure\\" for any you cannot tell.",
                  "findingIds": [
                    "neuro.bowel_incontinence",
                    "neuro.sexual_dysfunction",
                    "neuro.both_legs_weakness",
                    "neuro.numbness_both_legs",
                    "pain.both_legs",
                    "pain.chest",
                    "general.faint",
                    "injury.major_trauma"
                  ]
                },
                {
                  "kind": "findings",
                  "text": "Do any of these apply to you? Tick all that apply, and say \\"not sure\\" for any you cannot tell.",
                  "findingIds": [
                    "general.fever",
                    "history.immunosuppression",
                    "history.cancer",
                    "general.weight_loss",
                    "pain.night_or_rest",
                    "pain.prevents_sleep",
                    "general.back_deformity",
                    "pain.upper_back",
                    "neuro.leg_weakness",
                    "neuro.paralysis_feeling",
                    "pain.worse_cough_sneeze",
                    "pain.abdominal",
                    "history.aneurysm"
                  ]
                },
                {
                  "kind": "findings",
                  "text": "And any of these? Tick all that apply, and say \\"not sure\\" for any you cannot tell.",
                  "findingIds": [
                    "pain.sharp_extreme",
                    "neuro.numbness_leg",
                    "pain.radiating_leg",
                    "pain.worsening",
                    "history.recurrent_spasms",
                    "history.osteoporosis",
                    "history.steroids"
                  ]
                },
                {
                  "kind": "findings",
                  "text": "How did the pain start, and how bad is it? Tick all that apply, and say \\"not sure\\" for any you cannot tell.",
                  "findingIds": [
                    "onset.sudden",
                    "injury.minor_trauma",
                    "onset.lifting",
                    "onset.twisting_pulling",
                    "pain.severe"
                  ]
                }
              ],
              "knowledgeVersion": "2026.12.1",
              "disclaimer": "backspasm gives general guidance about back muscle spasms, not a diagnosis or a treatment plan. It cannot examine anyone. If symptoms are severe, getting worse, or worry you, contact a doctor; in an emergency call your local emergency number."
            }
            """;

    /** The assessment of {@link #GOLFER_CASE}, as the service answers it, shortened: the first pending question, the two leading causes and the first two remedies. */
    public static final String GOLFER_ASSESSMENT = """
            {
              "advice": "Self-care is appropriate: most back spasms get better by themselves within days to weeks. Keep moving gently and avoid bed rest. See a doctor if the pain gets worse, has not improved after two to four weeks, or any warning sign appears.",
              "triage": {
                "level": "self_care",
                "title": "Self-care",
                "timeFrame": "as needed",
                "advice": "Self-care is appropriate: most back spasms get better by themselves within days to weeks. Keep moving gently and avoid bed rest. See a doctor if the pain gets worse, has not improved after two to four weeks, or any warning sign appears.",
                "redFlags": [],
                "pendingQuestions": [
                  {
                    "kind": "findings",
                    "text": "Do you have any of these right now? Tick all that apply, and say \\"not sure\\" for any you cannot tell.",
                    "findingIds": [
                      "neuro.bowel_incontinence",
                      "neuro.sexual_dysfunction",
                      "neuro.both_legs_weakness",
                      "neuro.numbness_both_legs",
                      "pain.both_legs",
                      "pain.chest",
                      "general.faint",
                      "injury.major_trauma"
                    ]
                  }
                ]
              },
              "causes": [
                {
                  "id": "cause.overuse",
                  "name": "Overuse from repeated spine movements",
                  "score": 0.6728,
                  "needsDoctor": false,
                  "leading": true,
                  "supportingFindings": [
                    {
                      "id": "sport.golf",
                      "state": "present",
                      "weight": 1.8
                    },
                    {
                      "id": "onset.gradual",
                      "state": "present",
                      "weight": 0.8
                    },
                    {
                      "id": "muscle.stiffness",
                      "state": "present",
                      "weight": 0.3
                    }
                  ],
                  "conflictingFindings": []
                },
                {
                  "id": "cause.immobility",
                  "name": "Immobility",
                  "score": 0.0906,
                  "needsDoctor": false,
                  "leading": false,
                  "supportingFindings": [
                    {
                      "id": "muscle.stiffness",
                      "state": "present",
                      "weight": 0.6
                    },
                    {
                      "id": "onset.gradual",
                      "state": "present",
                      "weight": 0.4
                    }
                  ],
                  "conflictingFindings": []
                }
              ],
              "remedies": [
                {
                  "id": "remedy.stay_active",
                  "name": "Keep moving, avoid bed rest",
                  "instructions": "Stay as active as the pain allows and carry on with daily activities. Avoid lying in bed for long: prolonged bed rest makes the muscles weaker and stiffer and slows recovery.",
                  "phase": "acute",
                  "evidence": "guideline",
                  "cautions": [],
                  "causeIds": [
                    "cause.overuse"
                  ]
                },
                {
                  "id": "remedy.superficial_heat",
                  "name": "Heat on the painful area",
                  "instructions": "Apply a heat wrap, a heat pad or a warm (not hot) water bottle to the painful area for 15 to 20 minutes at a time, a few times a day, to relax the muscle.",
                  "phase": "acute",
                  "evidence": "guideline",
                  "cautions": [
                    "Wrap the heat source in a cloth and never sleep on a heat pad: skin can burn, more easily where feeling is reduced."
                  ],
                  "causeIds": [
                    "cause.overuse"
                  ]
                }
              ],
              "needsDoctor": false,
              "nextQuestion": {
                "kind": "findings",
                "text": "Do you have any of these right now? Tick all that apply, and say \\"not sure\\" for any you cannot tell.",
                "findingIds": [
                  "neuro.bowel_incontinence",
                  "neuro.sexual_dysfunction",
                  "neuro.both_legs_weakness",
                  "neuro.numbness_both_legs",
                  "pain.both_legs",
                  "pain.chest",
                  "general.faint",
                  "injury.major_trauma"
                ]
              },
              "complete": false,
              "knowledgeVersion": "2026.12.1",
              "disclaimer": "backspasm gives general guidance about back muscle spasms, not a diagnosis or a treatment plan. It cannot examine anyone. If symptoms are severe, getting worse, or worry you, contact a doctor; in an emergency call your local emergency number."
            }
            """;

    /**
     * The problem for a case with age 130, the unknown id {@code sport.curling} first, and
     * {@code sport.golf} given twice.
     */
    public static final String INVALID_CASE_PROBLEM = """
            {
              "type": "https://backspasm.health/problems/validation",
              "title": "The request is not valid",
              "status": 400,
              "detail": "Invalid values in 'age', 'findings[0].id', 'findings[2].id'.",
              "errors": [
                {"field": "age", "message": "must be less than or equal to 120"},
                {"field": "findings[0].id",
                 "message": "'sport.curling' is not a finding id of the vocabulary (see GET /api/v1/findings)"},
                {"field": "findings[2].id", "message": "'sport.golf' repeats findings[1]: give each finding once"}
              ]
            }
            """;

    private CaseExamples() {
    }
}
