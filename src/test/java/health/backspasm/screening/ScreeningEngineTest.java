package health.backspasm.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Urgency;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreeningEngineTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final ScreeningEngine ENGINE = new ScreeningEngine(KNOWLEDGE);

    private static CaseFacts facts(Integer age, Integer days, String... answers) {
        Map<String, FindingState> states = new HashMap<>();
        for (String answer : answers) {
            String[] parts = answer.split("=");
            states.put(parts[0], parts.length == 1 ? FindingState.present : FindingState.valueOf(parts[1]));
        }
        return new CaseFacts(age, days, states);
    }

    @Test
    void shouldEscalateSaddleNumbnessToEmergency() {
        Screening s = ENGINE.screen(facts(40, 2, "neuro.saddle_numbness"));

        assertThat(s.level()).isEqualTo(Urgency.emergency);
        assertThat(s.redFlags()).extracting(TriggeredRedFlag::id).containsExactly("redflag.cauda_equina");
        assertThat(s.advice()).isEqualTo(KNOWLEDGE.level(Urgency.emergency).advice());
        assertThat(s.pendingQuestions()).isEmpty();
    }

    @Test
    void shouldListTriggeredFlagsMostUrgentFirst() {
        Screening s = ENGINE.screen(facts(40, 2, "pain.radiating_leg", "general.fever", "pain.chest"));

        assertThat(s.redFlags()).extracting(TriggeredRedFlag::urgency)
                .containsExactly(Urgency.emergency, Urgency.urgent, Urgency.consult);
    }

    @Test
    void shouldAskEveryRedFlagGroupThenAgeThenDurationOfAnEmptyCase() {
        Screening s = ENGINE.screen(facts(null, null));

        assertThat(s.level()).isEqualTo(Urgency.self_care);
        assertThat(s.pendingQuestions()).extracting(CaseQuestion::kind).containsExactly(QuestionKind.findings,
                QuestionKind.findings, QuestionKind.findings, QuestionKind.findings, QuestionKind.age,
                QuestionKind.duration);
        assertThat(s.pendingQuestions().get(0).findingIds()).contains("neuro.saddle_numbness", "pain.chest",
                "neuro.numbness_both_legs", "general.faint");
    }

    @Test
    void shouldNotTriggerOnAbsentFindings() {
        Screening s = ENGINE.screen(facts(30, 2, "general.fever=absent", "neuro.saddle_numbness=absent"));

        assertThat(s.level()).isEqualTo(Urgency.self_care);
        assertThat(s.redFlags()).isEmpty();
        assertThat(s.pendingQuestions()).flatExtracting(CaseQuestion::findingIds)
                .doesNotContain("general.fever", "neuro.saddle_numbness");
    }

    @Test
    void shouldEscalateNumbnessInBothLegsToEmergency() {
        Screening s = ENGINE.screen(facts(40, 2, "neuro.numbness_both_legs"));

        assertThat(s.level()).isEqualTo(Urgency.emergency);
        assertThat(s.redFlags()).extracting(TriggeredRedFlag::id, TriggeredRedFlag::status)
                .containsExactly(tuple("redflag.both_legs_pain", RedFlagStatus.confirmed));
    }

    @Test
    void shouldReportADoubtedSaddleNumbnessAsUnconfirmedCaudaEquinaAtUrgent() {
        Screening s = ENGINE.screen(facts(null, null, "neuro.saddle_numbness=unknown"));

        assertThat(s.level()).isEqualTo(Urgency.urgent);
        assertThat(s.redFlags()).hasSize(1);
        TriggeredRedFlag flag = s.redFlags().get(0);
        assertThat(flag.id()).isEqualTo("redflag.cauda_equina");
        assertThat(flag.status()).isEqualTo(RedFlagStatus.unconfirmed);
        assertThat(flag.urgency()).isEqualTo(Urgency.emergency);
        assertThat(flag.level()).isEqualTo(Urgency.urgent);
        assertThat(flag.unknownFindingIds()).containsExactly("neuro.saddle_numbness");
        assertThat(flag.advice()).contains("You were not sure about: Saddle numbness.").contains("could not be ruled out")
                .contains("call the emergency number");
        // The doubted item is not asked again; the other emergency signs still are.
        assertThat(s.pendingQuestions().get(0).findingIds()).doesNotContain("neuro.saddle_numbness")
                .contains("neuro.bladder_dysfunction", "pain.chest");
    }

    @Test
    void shouldSetAnUnconfirmedFlagOneStepBelowItsUrgencyButNeverBelowConsult() {
        assertThat(ENGINE.screen(facts(30, 2, "general.fever=unknown")).level()).isEqualTo(Urgency.consult);
        assertThat(ENGINE.screen(facts(30, 2, "pain.worsening=unknown")).level()).isEqualTo(Urgency.consult);
        Screening both = ENGINE.screen(facts(30, 2, "pain.chest=unknown", "general.fever"));
        assertThat(both.level()).isEqualTo(Urgency.urgent);
        assertThat(both.redFlags()).extracting(TriggeredRedFlag::id, TriggeredRedFlag::status).containsExactly(
                tuple("redflag.chest_pain", RedFlagStatus.unconfirmed),
                tuple("redflag.possible_infection", RedFlagStatus.confirmed));
    }

    @Test
    void shouldNameOnlyTheDoubtedFindingsARuleNeeds() {
        Screening s = ENGINE.screen(facts(66, 2, "history.cancer", "neuro.leg_weakness=unknown",
                "pain.radiating_leg=absent", "general.fever=unknown"));

        TriggeredRedFlag mscc = s.redFlags().stream().filter(t -> t.id().equals("redflag.suspected_mscc"))
                .findFirst().orElseThrow();
        assertThat(mscc.status()).isEqualTo(RedFlagStatus.unconfirmed);
        assertThat(mscc.unknownFindingIds()).containsExactly("neuro.leg_weakness");
        assertThat(s.level()).isEqualTo(Urgency.urgent);
    }

    @Test
    void shouldConfirmAFlagOnceTheDoubtedFindingIsPresent() {
        Screening s = ENGINE.screen(facts(66, 2, "history.aneurysm=unknown", "onset.sudden"));
        assertThat(s.level()).isEqualTo(Urgency.urgent);
        assertThat(s.redFlags()).extracting(TriggeredRedFlag::id).contains("redflag.aneurysm_symptoms");

        assertThat(ENGINE.screen(facts(66, 2, "history.aneurysm", "onset.sudden")).level())
                .isEqualTo(Urgency.emergency);
    }

    @Test
    void shouldAskOnlyQuestionsThatCouldRaiseTheLevel() {
        Screening s = ENGINE.screen(facts(30, 2, "pain.upper_back", "history.cancer=absent",
                "history.aneurysm=absent"));

        assertThat(s.level()).isEqualTo(Urgency.urgent);
        assertThat(s.pendingQuestions()).hasSize(1);
        assertThat(s.pendingQuestions().get(0).findingIds()).containsExactly("neuro.saddle_numbness",
                "neuro.bladder_dysfunction", "neuro.bowel_incontinence", "neuro.sexual_dysfunction",
                "neuro.both_legs_weakness", "neuro.numbness_both_legs", "pain.both_legs", "pain.chest",
                "general.faint", "injury.major_trauma");
    }

    @Test
    void shouldNotAskAgeForTheFractureRuleWhenMinorTraumaIsAbsent() {
        CaseFacts absent = facts(null, null, with(noSignsAbove(Urgency.consult), "history.recurrent_spasms",
                "injury.minor_trauma=absent"));
        CaseFacts present = facts(null, null, with(noSignsAbove(Urgency.consult), "history.recurrent_spasms",
                "injury.minor_trauma", "history.osteoporosis=absent", "history.steroids=absent"));

        assertThat(ENGINE.screen(absent).level()).isEqualTo(Urgency.consult);
        assertThat(ENGINE.screen(absent).pendingQuestions()).isEmpty();
        assertThat(ENGINE.screen(present).pendingQuestions()).extracting(CaseQuestion::kind)
                .containsExactly(QuestionKind.age);
    }

    @Test
    void shouldTriggerTheFractureRuleFromAgeSeventy() {
        assertThat(ENGINE.screen(facts(69, 1, "injury.minor_trauma", "history.recurrent_spasms")).level())
                .isEqualTo(Urgency.consult);
        assertThat(ENGINE.screen(facts(70, 1, "injury.minor_trauma")).level()).isEqualTo(Urgency.urgent);
        assertThat(ENGINE.screen(facts(45, 1, "injury.minor_trauma", "history.steroids")).level())
                .isEqualTo(Urgency.urgent);
    }

    @Test
    void shouldConsultAFirstEpisodeUnderTwentyOrFromFifty() {
        for (int age : List.of(19, 50, 69)) {
            assertThat(ENGINE.screen(facts(age, 1, "history.recurrent_spasms=absent")).level()).as("age " + age)
                    .isEqualTo(Urgency.consult);
        }
        for (int age : List.of(20, 49)) {
            assertThat(ENGINE.screen(facts(age, 1, "history.recurrent_spasms=absent")).level()).as("age " + age)
                    .isEqualTo(Urgency.self_care);
        }
    }

    @Test
    void shouldConsultFromFiftyBeforeRecurrenceIsAsked() {
        Screening unasked = ENGINE.screen(facts(55, 1));

        assertThat(unasked.level()).isEqualTo(Urgency.consult);
        assertThat(unasked.redFlags()).extracting(t -> t.id()).contains("redflag.age_first_episode");
        assertThat(ENGINE.screen(facts(55, 1, "history.recurrent_spasms")).level()).isEqualTo(Urgency.consult);
    }

    @Test
    void shouldConsultPainLastingMoreThanSixWeeks() {
        assertThat(ENGINE.screen(facts(30, 42)).level()).isEqualTo(Urgency.self_care);
        assertThat(ENGINE.screen(facts(30, 43)).level()).isEqualTo(Urgency.consult);
    }

    /** The answers, then more answers that override them. */
    private static String[] with(String[] answers, String... more) {
        String[] all = Arrays.copyOf(answers, answers.length + more.length);
        System.arraycopy(more, 0, all, answers.length, more.length);
        return all;
    }

    private static String[] noSignsAbove(Urgency level) {
        return KNOWLEDGE.redFlags().all().stream()
                .filter(f -> f.urgency().isAbove(level))
                .flatMap(f -> f.findingIds().stream())
                .distinct()
                .map(id -> id + "=absent")
                .toArray(String[]::new);
    }
}
