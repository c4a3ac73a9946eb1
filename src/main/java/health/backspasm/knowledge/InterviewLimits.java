package health.backspasm.knowledge;

/**
 * The interview's hard cap from assessment.yaml: a whole interview never asks more than
 * {@code maxQuestions} questions, red-flag questions included.
 */
public record InterviewLimits(Integer maxQuestions) {
}
