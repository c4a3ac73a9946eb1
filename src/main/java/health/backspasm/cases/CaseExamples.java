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
