package health.backspasm.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.assessment.Assessment;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The messages written from public posts, patient stories and case reports ({@code field/messages.json},
 * a copy of the product's annotated set) and the team's own 60 of the same kinds ({@code
 * field/own-messages.json}, written before the interpreter was tuned on either), read as
 * {@code free-text.md} measures them:
 * <ul>
 * <li>recall: of the {@code required} findings, the share read with the annotated state (present or absent
 * in {@code findings}; uncertain in {@code uncertain});</li>
 * <li>wrong polarity: a red-flag finding read present where the annotation says absent or forbids it
 * present, or absent where it says present (must be 0);</li>
 * <li>forbidden: a finding read in the case in a state the annotation forbids (must be 0);</li>
 * <li>numbers: of the age and duration the annotation gives, the share read right (a duration in
 * {@code durationAccept} is right too); a number read where the annotation has none is wrong, unless it
 * is a duration counted from the request date (it moves with the clock: such a text cannot be annotated
 * with a fixed number, and {@link InterpreterContextTest} pins it);</li>
 * <li>the loop: the case read from the text, then the interview run to completion with each question
 * answered from the annotation ({@code uncertain} as unknown, anything not annotated as absent; the
 * age and duration as annotated), ending at the annotated level; an emergency or urgent message ending
 * lower is an under-call (must be 0).</li>
 * </ul>
 */
class FieldMessagesEvaluationTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);
    /** A Sunday; the messages' weekdays are read from it. */
    static final Clock SUNDAY = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock MONDAY = Clock.offset(SUNDAY, java.time.Duration.ofDays(1));
    private static final int RUNAWAY = 40;

    record Expected(String id, String state, String reason) {
    }

    record FieldMessage(String id, List<String> tags, String lang, String text, List<Expected> required,
            List<Expected> forbidden, List<Expected> acceptable, Integer age, Integer durationDays,
            List<Integer> durationAccept, String level, String levelWhy) {
    }

    record Figures(int messages, double recall, int wrongPolarity, int forbidden, double numbers, int levelsRight,
            int underCalls, List<String> faults) {
    }

    @Test
    void shouldReadTheFieldMessagesSafelyAndEndTheirInterviewsAtTheAnnotatedLevel() throws IOException {
        Figures f = evaluate("field/messages.json");
        assertThat(f.messages()).isEqualTo(30);
        assertThat(f.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(f.wrongPolarity()).as("red-flag findings read with the wrong polarity").isZero();
        assertThat(f.forbidden()).as("forbidden findings read").isZero();
        assertThat(f.numbers()).as("numbers").isGreaterThanOrEqualTo(0.90);
        assertThat(f.levelsRight()).as("interviews ending at the annotated level").isGreaterThanOrEqualTo(28);
        assertThat(f.underCalls()).as("emergency or urgent messages ending lower").isZero();
    }

    @Test
    void shouldReadTheTeamsOwnMessagesOfTheSameKinds() throws IOException {
        Figures f = evaluate("field/own-messages.json");
        assertThat(f.messages()).isEqualTo(60);
        assertThat(f.recall()).as("recall").isGreaterThanOrEqualTo(0.85);
        assertThat(f.wrongPolarity()).as("red-flag findings read with the wrong polarity").isZero();
        assertThat(f.numbers()).as("numbers").isGreaterThanOrEqualTo(0.85);
        assertThat(f.underCalls()).as("emergency or urgent messages ending lower").isZero();
    }

    static Figures evaluate(String file) throws IOException {
        List<FieldMessage> messages;
        try (InputStream in = FieldMessagesEvaluationTest.class.getResourceAsStream("/interpretation/" + file)) {
            messages = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, new TypeReference<List<FieldMessage>>() { });
        }
        Interpreter interpreter = new Interpreter(KNOWLEDGE, SUNDAY).withLanguageModelsLoaded();
        Interpreter nextDay = new Interpreter(KNOWLEDGE, MONDAY);
        Set<String> redFlagFindings = redFlagFindings();
        int required = 0;
        int found = 0;
        int wrongPolarity = 0;
        int forbidden = 0;
        int numbersChecked = 0;
        int numbersRight = 0;
        int levelsRight = 0;
        int underCalls = 0;
        List<String> faults = new ArrayList<>();
        for (FieldMessage m : messages) {
            Interpretation got = interpreter.interpret(m.text());
            Map<String, String> read = new HashMap<>();
            got.uncertain().forEach(x -> read.put(x.id(), "uncertain"));
            got.findings().forEach(x -> read.put(x.id(), x.state().name()));
            for (Expected e : m.required()) {
                required++;
                if (e.state().equals(read.get(e.id()))) {
                    found++;
                } else {
                    faults.add(m.id() + " missed " + e.id() + " " + e.state() + " (read " + read.get(e.id()) + ")");
                }
            }
            for (Map.Entry<String, String> r : read.entrySet()) {
                String id = r.getKey();
                String state = r.getValue();
                boolean allowed = allows(m.required(), id, state) || allows(m.acceptable(), id, state);
                if (m.forbidden().stream().anyMatch(x -> x.id().equals(id) && x.state().equals(state))) {
                    forbidden++;
                    faults.add(m.id() + " FORBIDDEN " + id + " " + state);
                }
                if (redFlagFindings.contains(id) && !state.equals("uncertain") && !allowed
                        && (state.equals("present") && (annotated(m, id, "absent") || forbids(m, id, "present"))
                                || state.equals("absent") && annotated(m, id, "present"))) {
                    wrongPolarity++;
                    faults.add(m.id() + " WRONG POLARITY " + id + " " + state);
                } else if (!allowed && !state.equals("uncertain")) {
                    faults.add(m.id() + " extra " + id + " " + state);
                }
            }
            if (m.age() != null || got.age() != null) {
                numbersChecked++;
                if (Objects.equals(m.age(), got.age())) {
                    numbersRight++;
                } else {
                    faults.add(m.id() + " age want " + m.age() + " read " + got.age());
                }
            }
            boolean dated = got.durationDays() != null
                    && !got.durationDays().equals(nextDay.interpret(m.text()).durationDays());
            boolean annotatedDuration = m.durationDays() != null || !m.durationAccept().isEmpty();
            if (annotatedDuration || got.durationDays() != null && !dated) {
                numbersChecked++;
                if (Objects.equals(m.durationDays(), got.durationDays())
                        || m.durationAccept().contains(got.durationDays())) {
                    numbersRight++;
                } else {
                    faults.add(m.id() + " duration want " + m.durationDays() + " read " + got.durationDays());
                }
            }
            Urgency level = interview(got, m);
            Urgency want = Urgency.valueOf(m.level());
            if (level == want) {
                levelsRight++;
            } else {
                faults.add(m.id() + " LEVEL " + level + " want " + want);
                if (want.isAbove(level) && (want == Urgency.emergency || want == Urgency.urgent)) {
                    underCalls++;
                }
            }
        }
        Figures f = new Figures(messages.size(), ratio(found, required), wrongPolarity, forbidden,
                ratio(numbersRight, numbersChecked), levelsRight, underCalls, faults);
        System.out.printf("Field messages %s: %d messages%n  recall %.3f (%d/%d)%n  red-flag findings with the wrong"
                + " polarity %d%n  forbidden findings read %d%n  numbers %.3f (%d/%d)%n  interviews at the annotated"
                + " level %d/%d, under-calls %d%n", file, messages.size(), f.recall(), found, required, wrongPolarity,
                forbidden, f.numbers(), numbersRight, numbersChecked, levelsRight, messages.size(), underCalls);
        faults.forEach(x -> System.out.println("  - " + x));
        return f;
    }

    /** Interprets, then interviews to completion answering from the annotation; the final level. */
    private static Urgency interview(Interpretation got, FieldMessage m) {
        CaseFacts facts = CaseFacts.of(got.caseInput());
        Assessment a = ENGINE.assess(facts);
        int questions = 0;
        while (!a.complete() && questions++ < RUNAWAY) {
            CaseQuestion q = a.nextQuestion();
            if (q == null) {
                break;
            }
            if (q.kind() == QuestionKind.age) {
                facts = facts.withAge(m.age() == null ? 40 : m.age());
            } else if (q.kind() == QuestionKind.duration) {
                facts = facts.withDurationDays(m.durationDays() == null ? 1 : m.durationDays());
            } else {
                Map<String, FindingState> answers = new HashMap<>();
                q.findingIds().forEach(id -> answers.put(id, answer(m, id)));
                facts = facts.with(answers);
            }
            a = ENGINE.assess(facts);
        }
        return a.triage().level();
    }

    private static FindingState answer(FieldMessage m, String id) {
        for (Expected e : m.required()) {
            if (e.id().equals(id)) {
                return state(e.state());
            }
        }
        for (Expected e : m.acceptable()) {
            if (e.id().equals(id) && !e.state().equals("present")) {
                return state(e.state());
            }
        }
        return FindingState.absent;
    }

    private static FindingState state(String annotated) {
        return annotated.equals("uncertain") ? FindingState.unknown : FindingState.valueOf(annotated);
    }

    private static boolean allows(List<Expected> list, String id, String state) {
        return list.stream().anyMatch(x -> x.id().equals(id) && x.state().equals(state));
    }

    private static boolean annotated(FieldMessage m, String id, String state) {
        return allows(m.required(), id, state) || allows(m.acceptable(), id, state);
    }

    private static boolean forbids(FieldMessage m, String id, String state) {
        return allows(m.forbidden(), id, state);
    }

    private static Set<String> redFlagFindings() {
        Set<String> ids = new java.util.HashSet<>();
        KNOWLEDGE.findings().all().forEach(f -> {
            if (f.id().startsWith("neuro.") || f.id().startsWith("general.") || f.id().startsWith("history.")
                    || Set.of("pain.chest", "pain.night_or_rest", "pain.prevents_sleep", "pain.upper_back",
                            "pain.abdominal", "pain.both_legs", "injury.major_trauma", "pain.worse_cough_sneeze",
                            "pain.radiating_leg", "pain.sharp_extreme", "history.recurrent_spasms",
                            "pain.worsening", "injury.minor_trauma").contains(f.id())) {
                ids.add(f.id());
            }
        });
        return ids;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
