package health.backspasm.interview;

import health.backspasm.cases.CaseQuestion;

/** What the interview says after a call: the next question (null when none) and whether it is complete. */
public record InterviewStep(CaseQuestion nextQuestion, boolean complete) {
}
