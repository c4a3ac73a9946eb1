package health.backspasm.answers;

/** Request and response examples of the answers contract, shown and runnable in Swagger UI. */
final class AnswerExamples {

    private static final String EMERGENCY_QUESTION = """
            {"kind": "findings", "text": "Do you have any of these right now? Tick all that apply.",
               "findingIds": ["neuro.saddle_numbness", "neuro.bladder_dysfunction", "neuro.bowel_incontinence",
                 "neuro.sexual_dysfunction", "neuro.both_legs_weakness", "pain.chest", "injury.major_trauma"]}""";

    static final String REQUEST_BLADDER_ONE = "{\"question\": " + EMERGENCY_QUESTION + ",\n \"text\": \"the bladder one\"}\n";

    static final String REQUEST_BARE_YES = "{\"question\": " + EMERGENCY_QUESTION + ",\n \"text\": \"yes\"}\n";

    static final String REQUEST_NOT_SURE = """
            {"question": {"kind": "finding", "text": "Have you had new problems with sexual function?",
               "findingIds": ["neuro.sexual_dysfunction"]},
             "text": "not sure tbh"}
            """;

    static final String REQUEST_AGE = """
            {"question": {"kind": "age", "text": "How old are you (in years)?", "findingIds": []},
             "text": "45"}
            """;

    static final String RESPONSE_BLADDER_ONE = "TODO";
    static final String RESPONSE_NOT_SURE = "TODO";
    static final String RESPONSE_AGE = "TODO";
    static final String RESPONSE_BARE_YES = "TODO";
    static final String PROBLEM_NOT_A_QUESTION = "TODO";

    private AnswerExamples() {
    }
}
