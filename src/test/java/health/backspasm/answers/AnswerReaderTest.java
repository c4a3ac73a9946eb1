package health.backspasm.answers;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.QuestionGroup;
import health.backspasm.knowledge.QuestionPurpose;
import health.backspasm.screening.ScreeningEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Safety properties of the answer reading over seeded generated questions (every red-flag group, random
 * subsets as the interview asks them) and replies made of answers.yaml's own words.
 */
class AnswerReaderTest {

    private static final AnswerReader READER = AnswerReader.of(AnswerEvaluationTest.KNOWLEDGE, AnswerEvaluationTest.MONDAY);
    private static final ScreeningEngine SCREENING = new ScreeningEngine(AnswerEvaluationTest.KNOWLEDGE);
    private static final AnswerWords WORDS = AnswerWordsLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final List<QuestionGroup> RED_FLAG_GROUPS = AnswerEvaluationTest.KNOWLEDGE.questionGroups().stream()
            .filter(g -> g.purpose() == QuestionPurpose.red_flag).toList();
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"};
    private static final int CASES = 2000;

    @Test
    void shouldCloseNoItemFromABareYesToAChecklistOfSeveralRedFlags() {
        Random random = new Random(14);
        for (int i = 0; i < CASES; i++) {
            CaseQuestion question = checklist(random, 2);
            String yes = WORDS.yes().get(random.nextInt(WORDS.yes().size()));
            AnswerReading read = READER.read(question, random.nextBoolean() ? yes : capitalised(yes) + ".");
            assertThat(read.answers()).as("'%s' to %s", yes, question.findingIds()).isEmpty();
            assertThat(read.understood()).isFalse();
            assertThat(read.clarification()).isNotBlank();
        }
    }

    @Test
    void shouldReadAYesToASingleRedFlagQuestionAsPresentAndANoAsAbsent() {
        Random random = new Random(15);
        for (QuestionGroup group : RED_FLAG_GROUPS) {
            for (String id : group.findingIds()) {
                CaseQuestion question = SCREENING.groupQuestion(group, id::equals);
                String yes = WORDS.yes().get(random.nextInt(WORDS.yes().size()));
                String no = WORDS.no().get(random.nextInt(WORDS.no().size()));
                String unsure = WORDS.unsure().get(random.nextInt(WORDS.unsure().size()));
                assertThat(READER.read(question, yes).answers()).as(yes)
                        .containsExactly(new ReportedFinding(id, FindingState.present));
                assertThat(READER.read(question, no).answers()).as(no)
                        .containsExactly(new ReportedFinding(id, FindingState.absent));
                assertThat(READER.read(question, unsure).answers()).as(unsure)
                        .containsExactly(new ReportedFinding(id, FindingState.unknown));
            }
        }
    }

    @Test
    void shouldNeverReadAbsentAnItemThePersonPicksByPosition() {
        Random random = new Random(16);
        for (int i = 0; i < CASES; i++) {
            CaseQuestion question = checklist(random, 2);
            int n = question.findingIds().size();
            List<Integer> picked = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if (random.nextInt(3) == 0) {
                    picked.add(p);
                }
            }
            if (picked.isEmpty()) {
                picked.add(random.nextInt(n));
            }
            boolean digits = random.nextBoolean();
            String reply = picked.stream().map(p -> digits ? "" + (p + 1) : "the " + ORDINALS[p])
                    .collect(Collectors.joining(random.nextBoolean() ? " and " : " & "));
            if (random.nextBoolean()) {
                reply = (random.nextBoolean() ? "yes, " : "just ") + reply;
            }
            AnswerReading read = READER.read(question, reply);
            assertThat(read.understood()).as("'%s' to %s", reply, question.findingIds()).isTrue();
            for (ReportedFinding entry : read.answers()) {
                int at = question.findingIds().indexOf(entry.id());
                assertThat(entry.state()).as("'%s' to %s: %s", reply, question.findingIds(), entry.id())
                        .isEqualTo(picked.contains(at) ? FindingState.present : FindingState.absent);
            }
            assertThat(read.answers()).as("%s to %s", reply, question.findingIds()).hasSize(n);
        }
    }

    @Test
    void shouldSettleNothingFromADoubtfulPickOrAnUnknownWord() {
        Random random = new Random(17);
        for (int i = 0; i < CASES / 4; i++) {
            CaseQuestion question = checklist(random, 2);
            int p = random.nextInt(question.findingIds().size());
            AnswerReading read = READER.read(question, "maybe the " + ORDINALS[p]);
            Set<FindingState> states = read.answers().stream().map(ReportedFinding::state).collect(Collectors.toSet());
            assertThat(states).as("maybe the %s to %s", ORDINALS[p], question.findingIds())
                    .doesNotContain(FindingState.absent, FindingState.present);
            assertThat(READER.read(question, "no, blorptastic").answers()).isEmpty();
        }
    }

    /** A red-flag group's question for a random subset of at least {@code min} of its findings. */
    private static CaseQuestion checklist(Random random, int min) {
        while (true) {
            QuestionGroup group = RED_FLAG_GROUPS.get(random.nextInt(RED_FLAG_GROUPS.size()));
            List<String> open = group.findingIds().stream().filter(id -> random.nextInt(4) != 0).toList();
            if (open.size() >= min) {
                return SCREENING.groupQuestion(group, open::contains);
            }
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
