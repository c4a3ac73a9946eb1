package health.backspasm.answers;

import java.util.List;
import java.util.Map;

/**
 * The words of replies to the interview's questions, as knowledge/answers.yaml lists them: how people
 * say yes, no and "not sure", point at a checklist's items, and give a number. Loaded and checked once
 * by {@link AnswerWordsLoader}; immutable.
 */
record AnswerWords(
        List<String> yes,
        List<String> no,
        List<String> unsure,
        List<String> not,
        List<String> all,
        List<String> none,
        List<String> both,
        List<String> rest,
        List<String> except,
        List<String> but,
        List<String> only,
        Map<String, Integer> ordinals,
        List<String> last,
        List<String> secondLast,
        Map<String, Integer> numberWords,
        Map<String, Integer> units,
        Map<String, Integer> relativeDays,
        Map<String, Integer> weekdays,
        List<String> fillerWords,
        List<String> referenceWords,
        List<String> doubtfulNegation,
        List<String> questionWords,
        List<String> alternatives,
        Clarifications clarifications) {

    /** What the service asks back; {@code {items}} is the numbered checklist, {@code {question}} the question. */
    record Clarifications(String checklistYes, String checklist, String finding, String age, String duration) {
    }
}
