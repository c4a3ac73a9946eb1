package health.backspasm.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** ConText (experiencer, time, hypotheticals), the patient, weekday durations and notices. */
class InterpreterContextTest {

    /** Sunday 29 November 2026, noon UTC. */
    private static final Interpreter INTERPRETER = new Interpreter(
            KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge")),
            Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC)).withLanguageModelsLoaded();

    @Test
    void shouldSetAsideSomeoneElsesHistoryWithItsReason() {
        Interpretation read = INTERPRETER.interpret("Mum had breast cancer and osteoporosis. I'm 41, slipped on the "
                + "stairs yesterday and my lower back has been in spasm since.");
        assertThat(read.findings()).extracting(Mention::id).doesNotContain("history.cancer", "history.osteoporosis");
        assertThat(read.setAside()).extracting(SetAsideMention::id, SetAsideMention::reason).contains(
                org.assertj.core.groups.Tuple.tuple("history.cancer", SetAsideReason.other_person));
        assertThat(read.age()).isEqualTo(41);
    }

    @Test
    void shouldSetAsideHypotheticalAndPastMentions() {
        assertThat(INTERPRETER.interpret("If my legs go weak I'll go to hospital. My lower back is sore.").setAside())
                .extracting(SetAsideMention::reason).containsOnly(SetAsideReason.hypothetical);
        Interpretation flu = INTERPRETER.interpret("Had flu with a high temperature last week, that's all gone now. "
                + "Today my lower back went into spasm.");
        assertThat(flu.setAside()).extracting(SetAsideMention::id, SetAsideMention::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("general.fever", SetAsideReason.historical));
        assertThat(flu.durationDays()).isZero();
    }

    @Test
    void shouldReadNegatedAbilityVerbsAsTheSymptomPresent() {
        Interpretation read = INTERPRETER.interpret("Asking for my wife, she's 64. She hasn't been able to pee since "
                + "last night.");
        assertThat(read.caseInput().findings()).anyMatch(f -> f.id().equals("neuro.bladder_dysfunction")
                && f.state() == health.backspasm.cases.FindingState.present);
        assertThat(read.age()).isEqualTo(64);
    }

    @Test
    void shouldCountWeekdaysBackFromTheRequestDate() {
        assertThat(INTERPRETER.interpret("Back spasms since Tuesday").durationDays()).isEqualTo(5);
        assertThat(INTERPRETER.interpret("Back spasms since Sunday").durationDays()).isEqualTo(7);
        assertThat(INTERPRETER.interpret("had back spasms for ages").durationDays()).isNull();
    }

    @Test
    void shouldSayWhenNothingWasRecognisedOrTheTextIsNotEnglish() {
        assertThat(INTERPRETER.interpret("hello there").notices()).extracting(Notice::code)
                .contains(NoticeCode.nothing_recognised);
        Interpretation spanish = INTERPRETER.interpret("Mi padre tiene 71 años, le duele mucho la parte baja de la "
                + "espalda desde hace 3 días y hoy no puede orinar.");
        assertThat(spanish.notices()).extracting(Notice::code, Notice::language)
                .contains(org.assertj.core.groups.Tuple.tuple(NoticeCode.not_english, "es"));
        assertThat(INTERPRETER.interpret("my lower back went into spasm lifting boxes").notices()).isEmpty();
    }
}
