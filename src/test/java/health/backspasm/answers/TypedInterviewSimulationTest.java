package health.backspasm.answers;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.assessment.Assessment;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.assessment.Vignette;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Urgency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The assessment suite's simulated interviews, run through the answer reading: every vignette starts
 * from two of its findings, and the simulated person types each answer in words ("nope", "the 2nd and
 * the 4th", "not sure about the third, no to the rest", "45", "since Friday"), composed from the
 * vignette's truth with a seeded generator. Each reply must be understood and read into exactly the
 * entries the truth gives; every interview must end at the level of the whole case.
 */
class TypedInterviewSimulationTest {

    private static final Knowledge KNOWLEDGE = AnswerEvaluationTest.KNOWLEDGE;
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);
    private static final AnswerReader READER = AnswerReader.of(KNOWLEDGE, AnswerEvaluationTest.MONDAY);
    private static final int RUNAWAY = 40;
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    @Test
    void shouldRunEveryVignettesInterviewOnTypedRepliesToTheLevelOfTheWholeCase() {
        List<String> failures = new ArrayList<>();
        int replies = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            for (Vignette v : Vignette.all()) {
                replies += interview(v, random, failures);
            }
        }
        System.out.printf("Typed interviews: %d vignettes x 3 seeds, %d typed replies, %d failures%n",
                Vignette.all().size(), replies, failures.size());
        failures.stream().limit(30).forEach(f -> System.out.println("  failure: " + f));
        assertThat(failures).isEmpty();
    }

    private static int interview(Vignette v, Random random, List<String> failures) {
        Map<String, FindingState> start = new HashMap<>();
        v.present().stream().limit(2).forEach(id -> start.put(id, FindingState.present));
        CaseFacts facts = new CaseFacts(null, null, start);
        Assessment a = ENGINE.assess(facts);
        int questions = 0;
        while (!a.complete() && questions < RUNAWAY) {
            CaseQuestion q = a.nextQuestion();
            String reply = type(q, v, random);
            if (reply == null) {
                facts = q.kind() == QuestionKind.age ? facts.withAge(v.age()) : facts.withDurationDays(v.durationDays());
            } else {
                AnswerReading read = READER.read(q, reply);
                Map<String, FindingState> truth = new LinkedHashMap<>();
                q.findingIds().forEach(id -> truth.put(id, v.answer(id)));
                Map<String, FindingState> got = new LinkedHashMap<>();
                read.answers().forEach(e -> got.put(e.id(), e.state()));
                boolean right = read.understood() && got.equals(truth)
                        && (q.kind() != QuestionKind.age || v.age().equals(read.age()))
                        && (q.kind() != QuestionKind.duration || v.durationDays().equals(read.durationDays()));
                if (!right) {
                    failures.add(v.name() + ": \"" + reply + "\" to " + q.kind() + " " + q.findingIds() + " read "
                            + (read.understood() ? read.answers().stream().map(ReportedFinding::toString).toList()
                                    + " age " + read.age() + " days " + read.durationDays() : "not understood"));
                    return questions;
                }
                facts = facts.with(got);
                if (read.age() != null) {
                    facts = facts.withAge(read.age());
                }
                if (read.durationDays() != null) {
                    facts = facts.withDurationDays(read.durationDays());
                }
            }
            questions++;
            a = ENGINE.assess(facts);
        }
        Urgency truth = ENGINE.assess(v.fullTruth(KNOWLEDGE)).triage().level();
        if (!a.complete() || a.triage().level() != truth) {
            failures.add(v.name() + ": ended at " + a.triage().level() + " (complete " + a.complete() + "), the whole case is "
                    + truth);
        }
        return questions;
    }

    /** What the person types, from the truth; null when the vignette has no such number. */
    static String type(CaseQuestion q, Vignette v, Random random) {
        if (q.kind() == QuestionKind.age) {
            return v.age() == null ? null : pick(random, "" + v.age(), "I'm " + v.age(), v.age() + " years old");
        }
        if (q.kind() == QuestionKind.duration) {
            Integer d = v.durationDays();
            if (d == null) {
                return null;
            }
            if (d == 0) {
                return pick(random, "today", "this morning", "0");
            }
            if (d >= 1 && d <= 6 && random.nextBoolean()) {
                return "since " + WEEKDAYS[(7 + 0 - d) % 7];
            }
            if (d % 7 == 0 && d <= 28 && random.nextBoolean()) {
                return d == 7 ? "a week" : (d / 7) + " weeks";
            }
            return pick(random, "" + d, d + " days", "for " + d + " days");
        }
        List<Integer> present = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < q.findingIds().size(); i++) {
            FindingState s = v.answer(q.findingIds().get(i));
            if (s == FindingState.present) {
                present.add(i);
            } else if (s == FindingState.unknown) {
                unknown.add(i);
            }
        }
        int n = q.findingIds().size();
        if (n == 1) {
            if (!present.isEmpty()) {
                return pick(random, "yes", "yep", "yeah", "kinda", "yes I have");
            }
            return unknown.isEmpty() ? pick(random, "no", "nope", "nah", "I don't think so", "not really")
                    : pick(random, "not sure", "dunno", "no idea", "maybe");
        }
        if (present.isEmpty() && unknown.isEmpty()) {
            return pick(random, "no", "nope, none of those", "none", "nothing like that", "no to all of them");
        }
        if (unknown.isEmpty() && present.size() == n) {
            return pick(random, "all of them", "yes all of them", "everything");
        }
        if (unknown.isEmpty() && present.size() == n - 1 && n > 2) {
            int out = 0;
            while (present.contains(out)) {
                out++;
            }
            return "all but the " + ORDINALS[out];
        }
        StringBuilder reply = new StringBuilder();
        if (!present.isEmpty()) {
            reply.append(positions(present, random));
        }
        if (!unknown.isEmpty()) {
            reply.append(reply.length() == 0 ? "" : ", ").append("not sure about ").append(positions(unknown, random));
            if (present.size() + unknown.size() < n) {
                reply.append(", no to the rest");
            }
        }
        return reply.toString();
    }

    private static String positions(List<Integer> items, Random random) {
        boolean digits = random.nextBoolean();
        List<String> words = items.stream().map(i -> digits ? "" + (i + 1) : "the " + ORDINALS[i]).toList();
        if (words.size() == 1) {
            return digits ? "number " + words.get(0) : words.get(0) + " one";
        }
        return String.join(" and ", words);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
