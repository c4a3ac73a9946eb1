package health.backspasm.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.cases.FindingState;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpreterTest {

    private static Interpreter interpreter;

    @BeforeAll
    static void loadKnowledge() {
        interpreter = new Interpreter(KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge")));
    }

    /** id -> state name, over both lists. */
    private static Map<String, String> read(String text) {
        Interpretation result = interpreter.interpret(text);
        Map<String, String> states = result.findings().stream()
                .collect(Collectors.toMap(Mention::id, m -> m.state().name()));
        result.uncertain().forEach(m -> states.put(m.id(), m.state().name()));
        return states;
    }

    @Test
    void shouldIgnoreCasePunctuationPluralsAndTenses() {
        assertThat(read("GOLFING!!!")).containsEntry("sport.golf", "present");
        assertThat(read("I golfed on Sunday.")).containsEntry("sport.golf", "present");
        assertThat(read("my LOWER-BACK...")).containsEntry("pain.lower_back", "present");
        assertThat(read("Spasms after deadlifts")).containsEntry("sport.weightlifting", "present");
    }

    @Test
    void shouldTolerateTyposInLongerWords() {
        assertThat(read("lowr bak spasm")).containsEntry("pain.lower_back", "present");
        assertThat(read("numbess and tinglng")).containsEntry("neuro.numbness_leg", "present");
        assertThat(read("osteoprosis")).containsEntry("history.osteoporosis", "present");
    }

    @Test
    void shouldNotReadCorrectlySpelledWordsAsTypos() {
        assertThat(read("I was lifting stuff in the garden")).doesNotContainKey("muscle.stiffness");
        assertThat(read("I get fewer spasms now")).doesNotContainKey("general.fever");
        assertThat(read("sitting on the couch")).doesNotContainKey("pain.worse_cough_sneeze");
    }

    @Test
    void shouldNeverConfuseUpperAndLowerOrLeftAndRight() {
        assertThat(read("upper back spasm")).containsKey("pain.upper_back").doesNotContainKey("pain.lower_back");
        assertThat(read("lower back spasm")).containsKey("pain.lower_back").doesNotContainKey("pain.upper_back");
        assertThat(read("uper back")).containsKey("pain.upper_back").doesNotContainKey("pain.lower_back");
        assertThat(read("weak left leg")).containsEntry("neuro.leg_weakness", "present");
        assertThat(read("weak right leg")).containsEntry("neuro.leg_weakness", "present");
    }

    @Test
    void shouldMatchPhrasesAcrossFillerWordsAndSmallWordChanges() {
        assertThat(read("pain in my lower back")).containsEntry("pain.lower_back", "present");
        assertThat(read("pins n needles in my foot")).containsEntry("neuro.numbness_leg", "present");
        assertThat(read("I sit all day at work")).containsEntry("lifestyle.sedentary", "present");
        assertThat(read("I haven't been drinking much water")).containsEntry("hydration.low_water_intake", "present");
    }

    @Test
    void shouldResolveOverlappingMatchesToTheLongest() {
        Map<String, String> saddle = read("numb down there");
        assertThat(saddle).containsEntry("neuro.saddle_numbness", "present").doesNotContainKey("neuro.numbness_leg");
        assertThat(read("chest pain")).containsKey("pain.chest");
        assertThat(read("weakness in both legs")).containsKey("neuro.both_legs_weakness")
                .doesNotContainKey("neuro.leg_weakness");
    }

    @Test
    void shouldMarkFindingsAfterANegationTriggerAbsent() {
        assertThat(read("no numbness")).containsEntry("neuro.numbness_leg", "absent");
        assertThat(read("without any fever")).containsEntry("general.fever", "absent");
        assertThat(read("pt denies saddle anaesthesia")).containsEntry("neuro.saddle_numbness", "absent");
        assertThat(read("never had cancer")).containsEntry("history.cancer", "absent");
        assertThat(read("I haven't lost weight")).containsEntry("general.weight_loss", "absent");
        assertThat(read("I don't have any tingling")).containsEntry("neuro.numbness_leg", "absent");
        assertThat(read("no sign of fever")).containsEntry("general.fever", "absent");
        assertThat(read("no bladder/bowel sx")).containsEntry("neuro.bladder_dysfunction", "absent")
                .containsEntry("neuro.bowel_incontinence", "absent");
    }

    @Test
    void shouldEndANegationScopeAtButHoweverAndSentenceEnds() {
        assertThat(read("no fever but numbness in my leg")).containsEntry("general.fever", "absent")
                .containsEntry("neuro.numbness_leg", "present");
        assertThat(read("No fever. Tingling in my foot")).containsEntry("neuro.numbness_leg", "present");
        assertThat(read("no fever; weight loss")).containsEntry("general.weight_loss", "present");
        assertThat(read("no leg pain however I have numbness")).containsEntry("neuro.numbness_leg", "present");
        assertThat(read("no fever although I've lost weight")).containsEntry("general.weight_loss", "present");
    }

    @Test
    void shouldKeepPhrasesThatCarryTheirOwnNegationPresent() {
        assertThat(read("I didn't warm up")).containsEntry("exercise.no_warmup", "present");
        assertThat(read("I don't drink much water")).containsEntry("hydration.low_water_intake", "present");
        assertThat(read("can't sleep")).containsEntry("pain.prevents_sleep", "present");
        assertThat(read("I can't continue")).containsEntry("movement.cannot_continue", "present");
        assertThat(read("lifted it without bending my knees")).containsEntry("lifting.without_bending_knees", "present");
    }

    @Test
    void shouldReadAPostNegationAtTheEndOfAClause() {
        assertThat(read("fever: none, weight loss: nil")).containsEntry("general.fever", "absent")
                .containsEntry("general.weight_loss", "absent");
        assertThat(read("Saddle numbness? No.")).containsEntry("neuro.saddle_numbness", "absent");
        assertThat(read("bladder and bowels fine")).containsEntry("neuro.bladder_dysfunction", "absent")
                .containsEntry("neuro.bowel_incontinence", "absent");
        assertThat(read("lower back pain, bladder fine")).containsEntry("pain.lower_back", "present");
    }

    @Test
    void shouldListUncertainMentionsApartAndLeaveThemOutOfTheCase() {
        Interpretation result = interpreter.interpret("not sure if I have numbness, maybe a bit of fever. Lower back.");
        assertThat(result.uncertain()).extracting(Mention::id)
                .containsExactlyInAnyOrder("neuro.numbness_leg", "general.fever");
        assertThat(result.uncertain()).allMatch(m -> m.state() == MentionState.uncertain);
        assertThat(result.findings()).extracting(Mention::id).containsExactly("pain.lower_back");
        assertThat(result.caseInput().findings()).extracting(ReportedFinding::id).containsExactly("pain.lower_back");
    }

    @Test
    void shouldPreferPresentWhenTheSameFindingIsDeniedAndAffirmed() {
        Interpretation result = interpreter.interpret("No numbness at first. Now I have numbness in my leg.");
        assertThat(result.findings()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("neuro.numbness_leg");
            assertThat(m.state()).isEqualTo(MentionState.present);
        });
        assertThat(result.caseInput().findings())
                .containsExactly(new ReportedFinding("neuro.numbness_leg", FindingState.present));
    }

    @Test
    void shouldKeepAFindingUncertainWhenItIsDeniedAndDoubted() {
        Interpretation result = interpreter.interpret("No numbness, not sure about tingling in my leg.");
        assertThat(result.uncertain()).extracting(Mention::id).containsExactly("neuro.numbness_leg");
        assertThat(result.caseInput().findings()).isEmpty();
    }

    @Test
    void shouldReportEveryFindingOfAPhraseListedUnderSeveral() {
        assertThat(read("hurt it lifting boxes at work")).containsEntry("onset.lifting", "present")
                .containsEntry("lifting.heavy_objects", "present");
    }

    @Test
    void shouldBuildACaseWithOneEntryPerFindingAndTheNumbers() {
        Interpretation result = interpreter.interpret("I'm 34. Golf, golfing, golfed; no fever, no fever. For 3 weeks.");
        assertThat(result.caseInput().findings()).containsExactly(
                new ReportedFinding("sport.golf", FindingState.present),
                new ReportedFinding("general.fever", FindingState.absent));
        assertThat(result.caseInput().age()).isEqualTo(34);
        assertThat(result.caseInput().durationDays()).isEqualTo(21);
    }

    @ParameterizedTest(name = "{0} -> age {1}")
    @CsvSource(delimiter = '|', value = {
        "I'm 34 and my back hurts|34", "34 years old|34", "a 34-year-old with back pain|34", "aged 67|67",
        "34yo m|34", "I am thirty-four|34", "I'm sixty seven|67", "45 y/o female|45", "54M, LBP|54",
        "my husband (56) has back pain|56", "she is 82 and has back pain|82", "just turned 50|50"})
    void shouldReadAgesInDigitsAndWords(String text, int age) {
        assertThat(interpreter.interpret(text).age()).isEqualTo(age);
    }

    @ParameterizedTest(name = "{0} -> {1} days")
    @CsvSource(delimiter = '|', value = {
        "back pain for 3 weeks|21", "it started two days ago|2", "since yesterday|1", "for a month|30",
        "since last week|7", "for 10 days|10", "it started this morning|0", "for a couple of days|2",
        "a few days ago|3", "LBP 3/7|3", "2/52 hx of LBP|14", "for the past ten days|10", "3wks of pain|21",
        "for about a fortnight|14"})
    void shouldReadDurationsInDaysFromDigitsAndWords(String text, int days) {
        assertThat(interpreter.interpret(text).durationDays()).isEqualTo(days);
    }

    @Test
    void shouldNotTakeWeightsOrDurationsForAges() {
        Interpretation weights = interpreter.interpret("lifting 20 kg three times a week");
        assertThat(weights.age()).isNull();
        assertThat(weights.durationDays()).isNull();
        Interpretation weeks = interpreter.interpret("I'm 3 weeks into this back pain");
        assertThat(weeks.age()).isNull();
        assertThat(weeks.durationDays()).isEqualTo(21);
        Interpretation old = interpreter.interpret("I'm 6 foot and 34 years old");
        assertThat(old.age()).isEqualTo(34);
        assertThat(old.durationDays()).isNull();
    }

    @Test
    void shouldIgnoreNumbersOutOfRange() {
        Interpretation result = interpreter.interpret("I'm 150. I've had back pain for 20 years");
        assertThat(result.age()).isNull();
        assertThat(result.durationDays()).isNull();
    }

    @Test
    void shouldCountOffsetsInUnicodeCodePoints() {
        String text = "\uD83D\uDE2D\uD83D\uDE2D lower back";
        Mention mention = interpreter.interpret(text).findings().get(0);
        assertThat(mention.text()).isEqualTo("lower back");
        assertThat(mention.start()).isEqualTo(3);
        assertThat(mention.end()).isEqualTo(13);
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, mention.start(), mention.end() - mention.start())).isEqualTo("lower back");
    }

    @Test
    void shouldReadAnyUnicodeWithoutFailingAndWithOffsetsInsideTheText() {
        Random random = new Random(20261122L);
        String[] words = {"no", "lower", "back", "numb", "down", "there", "I'm", "34", "for", "3", "weeks", "but",
            "maybe", "fever", "\uD83D\uDE2D", "é", "日本", "\u0000", "\n", ",", "?", "can't", "sleep", "’"};
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int w = 0; w < length; w++) {
                text.append(random.nextInt(5) == 0 ? Character.toString(random.nextInt(0x10FFFF + 1) & ~0x800)
                        : words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            String input = text.toString();
            int codePoints = input.codePointCount(0, input.length());
            Interpretation result = interpreter.interpret(input);
            for (Mention m : result.findings()) {
                assertThat(m.start()).isBetween(0, m.end());
                assertThat(m.end()).isLessThanOrEqualTo(codePoints);
                assertThat(input.codePoints().skip(m.start()).limit(m.end() - m.start())
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                        .isEqualTo(m.text());
            }
            assertThat(result.caseInput().findings()).hasSameSizeAs(result.findings());
        }
    }
}
