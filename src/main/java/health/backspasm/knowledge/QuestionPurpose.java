package health.backspasm.knowledge;

/** Why a question group is asked. Spelled as in the knowledge files. */
public enum QuestionPurpose {
    red_flag,
    cause
}
