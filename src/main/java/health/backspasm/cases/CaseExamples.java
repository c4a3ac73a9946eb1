package health.backspasm.cases;

/** Example cases for the OpenAPI documents; each works as it is in Swagger UI's "Try it out". */
public final class CaseExamples {

    /** A golfer with back pain that came on gradually: self-care, overuse leads. */
    public static final String GOLFER_CASE = """
            {
              "age": 45,
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
                  ],
                  "findings": [
                    {
                      "id": "neuro.bowel_incontinence",
                      "label": "New loss of bowel control",
                      "question": "Have you newly lost control of your bowels?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "neuro.sexual_dysfunction",
                      "label": "New sexual dysfunction",
                      "question": "Have you had new problems with sexual function?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "neuro.both_legs_weakness",
                      "label": "Weakness in both legs",
                      "question": "Are both of your legs weak, or has the way you walk changed?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "neuro.numbness_both_legs",
                      "label": "Numbness or tingling in both legs",
                      "question": "Do you have numbness, tingling or pins and needles in both legs or both feet?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.both_legs",
                      "label": "Pain in both legs",
                      "question": "Do you have pain in both legs?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.chest",
                      "label": "Chest pain or breathlessness",
                      "question": "Do you have chest pain, or difficulty breathing, with the back pain?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "general.faint",
                      "label": "Fainting, or pale, sweaty and clammy",
                      "question": "With the pain, have you fainted or nearly fainted, or are you pale, sweaty and clammy?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "injury.major_trauma",
                      "label": "Serious accident",
                      "question": "Did it start after a serious accident, such as a fall from a height or a road accident?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    }
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
                  ],
                  "findings": [
                    {
                      "id": "general.fever",
                      "label": "Fever or feeling unwell",
                      "question": "Do you have a fever or chills, or feel generally unwell?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "history.immunosuppression",
                      "label": "Weakened immune system",
                      "question": "Do you have a weakened immune system, or do you inject drugs?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "history.cancer",
                      "label": "History of cancer",
                      "question": "Have you ever had cancer?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "general.weight_loss",
                      "label": "Unexplained weight loss",
                      "question": "Have you lost weight without trying?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.night_or_rest",
                      "label": "Pain at rest or at night",
                      "question": "Does the pain stay the same when you rest, or get worse at night?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.prevents_sleep",
                      "label": "Pain stops sleep",
                      "question": "Is the pain so bad that you cannot sleep?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "general.back_deformity",
                      "label": "Swelling or change of shape",
                      "question": "Is there a swelling or lump on your back, or has its shape changed?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.upper_back",
                      "label": "Upper back pain",
                      "question": "Is the pain in your upper back, between the shoulder blades?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "neuro.leg_weakness",
                      "label": "New weakness in one leg",
                      "question": "Do you have new weakness in one leg?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "neuro.paralysis_feeling",
                      "label": "Feeling of paralysis",
                      "question": "Do you have a feeling of paralysis?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.worse_cough_sneeze",
                      "label": "Worse on coughing or sneezing",
                      "question": "Is the pain worse when you cough, sneeze or strain?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.abdominal",
                      "label": "Tummy (abdominal) pain",
                      "question": "Do you have pain in your tummy (abdomen), or does the back pain go through to your tummy?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "history.aneurysm",
                      "label": "Known abdominal aortic aneurysm (AAA)",
                      "question": "Have you been told that you have an abdominal aortic aneurysm (AAA), a swelling of the main artery in your tummy?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    }
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
                  ],
                  "findings": [
                    {
                      "id": "pain.sharp_extreme",
                      "label": "Sharp, extremely painful spasms",
                      "question": "Are the spasms sharp and extremely painful?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "neuro.numbness_leg",
                      "label": "Numbness or tingling in a leg",
                      "question": "Do you have numbness, tingling or pins and needles in a buttock or leg?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.radiating_leg",
                      "label": "Pain spreading below the knee",
                      "question": "Does the pain spread down a leg, below the knee?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.worsening",
                      "label": "Pain keeps getting worse",
                      "question": "Does the pain keep getting worse over time, rather than easing?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "history.recurrent_spasms",
                      "label": "Recurrent spasms",
                      "question": "Have you had spasms like this before?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "history.osteoporosis",
                      "label": "Osteoporosis",
                      "question": "Do you have osteoporosis (thin, weak bones)?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "history.steroids",
                      "label": "Long-term steroids",
                      "question": "Do you take steroid tablets (corticosteroids) long-term?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    }
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
                  ],
                  "findings": [
                    {
                      "id": "onset.sudden",
                      "label": "Sudden onset",
                      "question": "Did the pain or spasm start suddenly?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "injury.minor_trauma",
                      "label": "Minor injury",
                      "question": "Did it follow a minor injury, such as a fall from standing height, a knock or a strain?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "onset.lifting",
                      "label": "Began while lifting",
                      "question": "Did it start while you were lifting something heavy?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "onset.twisting_pulling",
                      "label": "Began while twisting or pulling",
                      "question": "Did it start while you were twisting, pulling, pushing or stretching?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    },
                    {
                      "id": "pain.severe",
                      "label": "Severe pain",
                      "question": "Is the pain severe?",
                      "answers": [
                        "present",
                        "absent",
                        "unknown"
                      ]
                    }
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
                    ],
                    "findings": [
                      {
                        "id": "neuro.bowel_incontinence",
                        "label": "New loss of bowel control",
                        "question": "Have you newly lost control of your bowels?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      },
                      {
                        "id": "neuro.sexual_dysfunction",
                        "label": "New sexual dysfunction",
                        "question": "Have you had new problems with sexual function?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      },
                      {
                        "id": "neuro.both_legs_weakness",
                        "label": "Weakness in both legs",
                        "question": "Are both of your legs weak, or has the way you walk changed?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      },
                      {
                        "id": "neuro.numbness_both_legs",
                        "label": "Numbness or tingling in both legs",
                        "question": "Do you have numbness, tingling or pins and needles in both legs or both feet?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      },
                      {
                        "id": "pain.both_legs",
                        "label": "Pain in both legs",
                        "question": "Do you have pain in both legs?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      },
                      {
                        "id": "pain.chest",
                        "label": "Chest pain or breathlessness",
                        "question": "Do you have chest pain, or difficulty breathing, with the back pain?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      },
                      {
                        "id": "general.faint",
                        "label": "Fainting, or pale, sweaty and clammy",
                        "question": "With the pain, have you fainted or nearly fainted, or are you pale, sweaty and clammy?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      },
                      {
                        "id": "injury.major_trauma",
                        "label": "Serious accident",
                        "question": "Did it start after a serious accident, such as a fall from a height or a road accident?",
                        "answers": [
                          "present",
                          "absent",
                          "unknown"
                        ]
                      }
                    ]
                  }
                ]
              },
              "confidence": "high",
              "confidenceNote": "The answers point clearly to the leading cause. It is still a likely explanation, not a diagnosis.",
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
                  "kind": "self_care",
                  "phase": "acute",
                  "evidence": "guideline",
                  "general": true,
                  "cautions": [],
                  "causeIds": [
                    "cause.overuse"
                  ],
                  "findingIds": []
                },
                {
                  "id": "remedy.superficial_heat",
                  "name": "Heat on the painful area",
                  "instructions": "Apply a heat wrap, a heat pad or a warm (not hot) water bottle to the painful area for 15 to 20 minutes at a time, a few times a day, to relax the muscle.",
                  "kind": "self_care",
                  "phase": "acute",
                  "evidence": "guideline",
                  "general": true,
                  "cautions": [
                    "Wrap the heat source in a cloth and never sleep on a heat pad: skin can burn, more easily where feeling is reduced."
                  ],
                  "causeIds": [
                    "cause.overuse"
                  ],
                  "findingIds": []
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
                ],
                "findings": [
                  {
                    "id": "neuro.bowel_incontinence",
                    "label": "New loss of bowel control",
                    "question": "Have you newly lost control of your bowels?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  },
                  {
                    "id": "neuro.sexual_dysfunction",
                    "label": "New sexual dysfunction",
                    "question": "Have you had new problems with sexual function?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  },
                  {
                    "id": "neuro.both_legs_weakness",
                    "label": "Weakness in both legs",
                    "question": "Are both of your legs weak, or has the way you walk changed?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  },
                  {
                    "id": "neuro.numbness_both_legs",
                    "label": "Numbness or tingling in both legs",
                    "question": "Do you have numbness, tingling or pins and needles in both legs or both feet?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  },
                  {
                    "id": "pain.both_legs",
                    "label": "Pain in both legs",
                    "question": "Do you have pain in both legs?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  },
                  {
                    "id": "pain.chest",
                    "label": "Chest pain or breathlessness",
                    "question": "Do you have chest pain, or difficulty breathing, with the back pain?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  },
                  {
                    "id": "general.faint",
                    "label": "Fainting, or pale, sweaty and clammy",
                    "question": "With the pain, have you fainted or nearly fainted, or are you pale, sweaty and clammy?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  },
                  {
                    "id": "injury.major_trauma",
                    "label": "Serious accident",
                    "question": "Did it start after a serious accident, such as a fall from a height or a road accident?",
                    "answers": [
                      "present",
                      "absent",
                      "unknown"
                    ]
                  }
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
