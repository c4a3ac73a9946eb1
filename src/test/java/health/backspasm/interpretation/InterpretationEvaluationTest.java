package health.backspasm.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the chatbot messages of {@code src/test/resources/interpretation/messages.yaml} and prints the
 * figures. Definitions:
 * <ul>
 * <li>precision: of the finding ids reported (in {@code findings} or {@code uncertain}), the share the
 * message's annotation names (with any state);</li>
 * <li>recall: of the annotated finding ids, the share reported;</li>
 * <li>negation accuracy: of the annotated findings that were reported, the share whose polarity is
 * right: annotated absent and reported absent, annotated present and not reported absent, annotated
 * uncertain and reported uncertain;</li>
 * <li>number accuracy: of the age and duration fields that the annotation or the interpreter gives, the
 * share where both agree.</li>
 * </ul>
 */
class InterpretationEvaluationTest {

    /** The first was written before the matcher was tuned, the second after (unseen by the tuning). */
    static final List<String> FILES = List.of(
            System.getProperty("interpretation.messages", "messages.yaml,messages-late.yaml").split(","));

    record Message(String text, Map<String, String> findings, List<String> uncertain, Integer age,
            Integer durationDays) {
    }

    @Test
    void shouldReadChatbotMessagesWithHighPrecisionRecallAndNegationAccuracy() throws IOException {
        List<Message> messages = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = getClass().getResourceAsStream("/interpretation/" + file)) {
                messages.addAll(new YAMLMapper().readValue(in, new TypeReference<List<Message>>() { }));
            }
        }
        Interpreter interpreter = new Interpreter(KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge")));

        int reported = 0;
        int reportedRight = 0;
        int expected = 0;
        int expectedFound = 0;
        int polarityChecked = 0;
        int polarityRight = 0;
        int numbersChecked = 0;
        int numbersRight = 0;
        List<String> misses = new ArrayList<>();
        for (Message m : messages) {
            Map<String, String> want = new HashMap<>(m.findings() == null ? Map.of() : m.findings());
            (m.uncertain() == null ? List.<String>of() : m.uncertain()).forEach(id -> want.put(id, "uncertain"));
            Interpretation got = interpreter.interpret(m.text());
            Map<String, String> have = new HashMap<>();
            got.findings().forEach(f -> have.put(f.id(), f.state().name()));
            got.uncertain().forEach(f -> have.put(f.id(), f.state().name()));

            reported += have.size();
            expected += want.size();
            Set<String> both = new HashSet<>(have.keySet());
            both.retainAll(want.keySet());
            reportedRight += both.size();
            expectedFound += both.size();
            for (String id : both) {
                polarityChecked++;
                String w = want.get(id);
                String h = have.get(id);
                boolean right = w.equals("present") ? !h.equals("absent") : w.equals(h);
                if (right) {
                    polarityRight++;
                } else {
                    misses.add("polarity " + id + " want " + w + " got " + h + ": " + m.text());
                }
            }
            have.keySet().stream().filter(id -> !want.containsKey(id))
                    .forEach(id -> misses.add("extra " + id + ": " + m.text()));
            want.keySet().stream().filter(id -> !have.containsKey(id))
                    .forEach(id -> misses.add("missed " + id + ": " + m.text()));
            for (Integer[] pair : new Integer[][] {{m.age(), got.age()}, {m.durationDays(), got.durationDays()}}) {
                if (pair[0] != null || pair[1] != null) {
                    numbersChecked++;
                    if (Objects.equals(pair[0], pair[1])) {
                        numbersRight++;
                    } else {
                        misses.add("number want " + pair[0] + " got " + pair[1] + ": " + m.text());
                    }
                }
            }
        }
        double precision = ratio(reportedRight, reported);
        double recall = ratio(expectedFound, expected);
        double negation = ratio(polarityRight, polarityChecked);
        double numbers = ratio(numbersRight, numbersChecked);
        System.out.printf("Interpretation evaluation: %d messages%n  precision %.3f (%d/%d)%n  recall %.3f (%d/%d)%n"
                + "  negation accuracy %.3f (%d/%d)%n  number accuracy %.3f (%d/%d)%n", messages.size(), precision,
                reportedRight, reported, recall, expectedFound, expected, negation, polarityRight, polarityChecked,
                numbers, numbersRight, numbersChecked);
        misses.forEach(miss -> System.out.println("  - " + miss));

        assertThat(messages).hasSizeGreaterThanOrEqualTo(120);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(negation).as("negation accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(numbers).as("number accuracy").isGreaterThanOrEqualTo(0.95);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
