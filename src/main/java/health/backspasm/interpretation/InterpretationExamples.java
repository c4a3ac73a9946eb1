package health.backspasm.interpretation;

/** Request and response examples of the interpretation contract, shown and runnable in Swagger UI. */
final class InterpretationExamples {

    static final String REQUEST_CHAT = """
            {"text": "I'm 34, lower back spasm since yesterday after golf. Didn't warm up. No numbness, not sure about fever."}
            """;

    static final String REQUEST_CLINICIAN = """
            {"text": "62F, 2/52 hx LBP radiating to R leg below knee. Pt denies saddle anaesthesia, no bladder/bowel sx."}
            """;

    static final String REQUEST_RED_FLAGS = """
            {"text": "numb down there and can't pee properly since last night, lowr bak pain is awful"}
            """;

    static final String RESPONSE_CHAT = """
            {
              "findings": [
                {"id": "pain.lower_back", "label": "Lower back pain", "state": "present", "text": "lower back", "start": 8, "end": 18},
                {"id": "sport.golf", "label": "Plays golf", "state": "present", "text": "golf", "start": 47, "end": 51},
                {"id": "exercise.no_warmup", "label": "No warm-up", "state": "present", "text": "Didn't warm up", "start": 53, "end": 67},
                {"id": "neuro.numbness_leg", "label": "Numbness or tingling in a leg", "state": "absent", "text": "numbness", "start": 72, "end": 80}
              ],
              "uncertain": [
                {"id": "general.fever", "label": "Fever or feeling unwell", "state": "uncertain", "text": "fever", "start": 97, "end": 102}
              ],
              "setAside": [],
              "age": 34,
              "durationDays": 1,
              "case": {
                "age": 34,
                "durationDays": 1,
                "findings": [
                  {"id": "pain.lower_back", "state": "present"},
                  {"id": "sport.golf", "state": "present"},
                  {"id": "exercise.no_warmup", "state": "present"},
                  {"id": "neuro.numbness_leg", "state": "absent"}
                ]
              },
              "notices": []
            }
            """;

    static final String PROBLEM_TOO_LONG = """
            {
              "type": "https://backspasm.health/problems/validation",
              "title": "The request is not valid",
              "status": 400,
              "detail": "Invalid value in 'text'.",
              "errors": [{"field": "text", "message": "must be 1 to 2000 characters (Unicode code points)"}]
            }
            """;

    static final String PROBLEM_MALFORMED = """
            {
              "type": "https://backspasm.health/problems/malformed-json",
              "title": "The body is not valid JSON",
              "status": 400,
              "detail": "The body is not valid JSON at line 1, column 9: Unexpected end-of-input."
            }
            """;

    private InterpretationExamples() {
    }
}
