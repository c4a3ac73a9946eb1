package health.backspasm.answers;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.QuestionGroup;
import health.backspasm.knowledge.QuestionPurpose;
import health.backspasm.screening.ScreeningEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The answer reading measured on typed replies to real interview questions (src/test/resources/answers):
 * prints the accuracy, by kind of question, and every miss; fails under 0.95, or on any red-flag item
 * closed wrongly (read absent where the reply ticks it, leaves it unsure or open, or is not understood)
 * or any entry from a bare "yes" to a red-flag checklist.
 */
class AnswerEvaluationTest {

    static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    /** Monday 30 November 2026, the day the annotations count weekdays from. */
    static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private static final double MIN_ACCURACY = 0.95;

    @Test
    void shouldReadTypedRepliesInTheContextOfTheirQuestion() {
        evaluate("replies.yaml");
    }

    /** The replies written after the tuning: the same thresholds. */
    @Test
    void shouldReadRepliesWrittenAfterTheTuning() {
        evaluate("replies-late.yaml");
    }

    private static void evaluate(String file) {
        AnswerReader reader = AnswerReader.of(KNOWLEDGE, MONDAY);
        ScreeningEngine screening = new ScreeningEngine(KNOWLEDGE);
        Set<String> redFlagFindings = KNOWLEDGE.questionGroups().stream()
                .filter(g -> g.purpose() == QuestionPurpose.red_flag)
                .flatMap(g -> g.findingIds().stream()).collect(Collectors.toSet());
        List<AnnotatedReply> replies = AnnotatedReply.all(file);
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> safety = new ArrayList<>();
        int right = 0;
        for (AnnotatedReply r : replies) {
            CaseQuestion question = r.question(KNOWLEDGE, screening);
            AnswerReading read = reader.read(question, r.text());
            Map<String, FindingState> expected = r.expected(question);
            Map<String, FindingState> got = new LinkedHashMap<>();
            read.answers().forEach(a -> got.put(a.id(), a.state()));
            boolean ok = read.understood() == r.expectsUnderstood() && got.equals(expected)
                    && Objects.equals(read.age(), r.age()) && Objects.equals(read.durationDays(), r.durationDays());
            String kind = kind(question, redFlagFindings);
            int[] counts = byKind.computeIfAbsent(kind, k -> new int[2]);
            counts[1]++;
            if (ok) {
                right++;
                counts[0]++;
            } else {
                misses.add(describe(r, question, read, expected));
            }
            for (ReportedFinding a : read.answers()) {
                if (!redFlagFindings.contains(a.id())) {
                    continue;
                }
                if (Boolean.TRUE.equals(r.bareYes())) {
                    safety.add("closed from a bare yes: " + describe(r, question, read, expected));
                } else if (a.state() == FindingState.absent && expected.get(a.id()) != FindingState.absent) {
                    safety.add(a.id() + " read absent: " + describe(r, question, read, expected));
                }
            }
        }
        double accuracy = (double) right / replies.size();
        System.out.printf("Answers in context (%s): %d replies, %d read as annotated, accuracy %.3f; red-flag items closed"
                + " wrongly: %d%n", file, replies.size(), right, accuracy, safety.size());
        byKind.forEach((kind, c) -> System.out.printf("  %-22s %3d/%3d%n", kind, c[0], c[1]));
        misses.forEach(m -> System.out.println("  miss: " + m));
        safety.forEach(s -> System.out.println("  SAFETY: " + s));

        assertThat(safety).as("red-flag items closed wrongly").isEmpty();
        assertThat(accuracy).as("accuracy of the answer reading").isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    private static String kind(CaseQuestion question, Set<String> redFlagFindings) {
        if (question.kind() == QuestionKind.age || question.kind() == QuestionKind.duration) {
            return question.kind().name();
        }
        boolean redFlag = question.findingIds().stream().anyMatch(redFlagFindings::contains);
        return (redFlag ? "red-flag " : "cause ") + question.kind().name();
    }

    private static String describe(AnnotatedReply r, CaseQuestion q, AnswerReading read,
            Map<String, FindingState> expected) {
        return "\"" + r.text() + "\" to " + r.q() + (q.findingIds().size() == 1 ? " " + q.findingIds() : "")
                + ": expected " + (r.expectsUnderstood() ? expected + num(r.age(), r.durationDays()) : "not understood")
                + ", read " + (read.understood() ? read.answers().stream().map(a -> a.id() + "=" + a.state()).toList()
                        + num(read.age(), read.durationDays()) : "not understood");
    }

    private static String num(Integer age, Integer days) {
        return (age == null ? "" : " age " + age) + (days == null ? "" : " days " + days);
    }

    static QuestionGroup group(String id) {
        return KNOWLEDGE.questionGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }
}
