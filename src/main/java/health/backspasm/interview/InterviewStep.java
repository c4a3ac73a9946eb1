package health.backspasm.interview;

import health.backspasm.cases.CaseQuestion;

/**
 * What the interview says after a call: the next question (null when none), whether it is complete,
 * and why (null while it is not).
 */
public record InterviewStep(CaseQuestion nextQuestion, boolean complete, CompletionReason reason) {

    static InterviewStep ask(CaseQuestion question) {
        return new InterviewStep(question, false, null);
    }

    static InterviewStep done(CompletionReason reason) {
        return new InterviewStep(null, true, reason);
    }
}
