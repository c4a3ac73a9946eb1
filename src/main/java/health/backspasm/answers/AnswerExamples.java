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

    static final String RESPONSE_BLADDER_ONE = """
            {"understood": true,
             "answers": [
               {"id": "neuro.saddle_numbness", "state": "absent"},
               {"id": "neuro.bladder_dysfunction", "state": "present"},
               {"id": "neuro.bowel_incontinence", "state": "absent"},
               {"id": "neuro.sexual_dysfunction", "state": "absent"},
               {"id": "neuro.both_legs_weakness", "state": "absent"},
               {"id": "pain.chest", "state": "absent"},
               {"id": "injury.major_trauma", "state": "absent"}],
             "age": null, "durationDays": null, "clarification": null, "otherFindings": []}
            """;

    static final String RESPONSE_NOT_SURE = """
            {"understood": true, "answers": [{"id": "neuro.sexual_dysfunction", "state": "unknown"}],
             "age": null, "durationDays": null, "clarification": null, "otherFindings": []}
            """;

    static final String RESPONSE_AGE = """
            {"understood": true, "answers": [], "age": 45, "durationDays": null, "clarification": null, "otherFindings": []}
            """;

    static final String RESPONSE_BARE_YES = """
            {"understood": false, "answers": [], "age": null, "durationDays": null,
             "clarification": "Which of these do you have? Name them or give their numbers (for example \\"the second one\\"), or say none: 1. Saddle numbness; 2. New bladder problems; 3. New loss of bowel control; 4. New sexual dysfunction; 5. Weakness in both legs; 6. Chest pain or breathlessness; 7. Serious accident",
             "otherFindings": []}
            """;

    static final String REQUEST_NOT_A_QUESTION = """
            {"question": {"kind": "findings", "text": "Do you have any of these?",
               "findingIds": ["neuro.saddle_numbness", "sport.golf"]},
             "text": "the second one"}
            """;

    static final String PROBLEM_NOT_A_QUESTION = """
            {"type": "https://backspasm.health/problems/validation", "title": "The request is not valid", "status": 400,
             "detail": "'question.findingIds' is not a question the interview asks: its findings must come from one question group, each once, in the group's order, as nextQuestion gives them",
             "errors": [{"field": "question.findingIds", "message": "is not a question the interview asks: its findings must come from one question group, each once, in the group's order, as nextQuestion gives them"}]}
            """;

    private AnswerExamples() {
    }
}
