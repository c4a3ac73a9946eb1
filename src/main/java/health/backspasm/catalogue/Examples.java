package health.backspasm.catalogue;

/**
 * Examples of the catalogue's OpenAPI contract. The ids are real entries, so that Swagger UI's
 * "Try it out" answers 200 with them as they are; ExamplesTest keeps them so.
 */
final class Examples {

    static final String FINDING_ID = "neuro.saddle_numbness";
    static final String CAUSE_ID = "cause.acute_strain";
    static final String REMEDY_ID = "remedy.stay_active";
    static final String RED_FLAG_ID = "redflag.cauda_equina";
    static final String SOURCE_ID = "source.nice_ng59";
    static final String PHASE = "acute";
    static final String KIND = "warning_sign";

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

    private Examples() {
    }
}
