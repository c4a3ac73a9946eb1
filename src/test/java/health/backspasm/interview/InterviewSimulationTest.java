package health.backspasm.interview;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.assessment.Assessment;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.assessment.Vignette;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Urgency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays every vignette as a stateless interview: it starts from two of the vignette's present
 * findings and answers each question from the vignette's whole truth (a finding not listed is absent).
 */
class InterviewSimulationTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);
    private static final int RUNAWAY = 40;

    @Test
    void shouldInterviewEveryVignetteToTheRightLevelInFewQuestions() {
        List<Vignette> vignettes = Vignette.all();
        List<String> failures = new ArrayList<>();
        int total = 0;
        int max = 0;
        int causeFirst = 0;
        String longest = "";
        for (Vignette v : vignettes) {
            Map<String, FindingState> start = new HashMap<>();
            v.present().stream().limit(2).forEach(id -> start.put(id, FindingState.present));
            CaseFacts facts = new CaseFacts(null, null, start);
            Set<String> asked = new HashSet<>();
            int questions = 0;
            Assessment a = ENGINE.assess(facts);
            while (!a.complete() && questions < RUNAWAY) {
                CaseQuestion q = a.nextQuestion();
                if (q == null) {
                    failures.add(v.name() + ": not complete but no next question");
                    break;
                }
                if (!asked.add(q.kind() + " " + q.findingIds())) {
                    failures.add(v.name() + ": repeated " + q.kind() + " " + q.findingIds());
                    break;
                }
                if (q.findingIds().stream().anyMatch(facts::isAnswered)
                        || q.kind() == QuestionKind.age && facts.age() != null
                        || q.kind() == QuestionKind.duration && facts.durationDays() != null) {
                    failures.add(v.name() + ": asked again about " + q.kind() + " " + q.findingIds());
                    break;
                }
                facts = answer(facts, q, v);
                questions++;
                a = ENGINE.assess(facts);
            }
            total += questions;
            if (questions > max) {
                longest = v.name() + " " + asked;
            }
            max = Math.max(max, questions);
            Urgency truth = ENGINE.assess(v.fullTruth(KNOWLEDGE)).triage().level();
            if (a.triage().level() != truth) {
                failures.add(v.name() + ": ended at " + a.triage().level() + ", the whole case is " + truth);
            }
            if (a.triage().level() != Urgency.emergency && !a.triage().pendingQuestions().isEmpty()) {
                failures.add(v.name() + ": complete with red-flag questions open " + a.triage().pendingQuestions());
            }
            if (!a.complete()) {
                failures.add(v.name() + ": still not complete after " + questions + " questions");
            }
            if (v.causes().contains(a.causes().get(0).id())) {
                causeFirst++;
            }
        }
        double average = (double) total / vignettes.size();
        System.out.printf("Interview simulation over %d vignettes: %.2f questions on average, at most %d;"
                + " cause first at the end: %d (%.1f%%)%n", vignettes.size(), average, max, causeFirst,
                100.0 * causeFirst / vignettes.size());
        System.out.println("  longest: " + longest);
        failures.forEach(f -> System.out.println("  failure: " + f));

        assertThat(failures).isEmpty();
        assertThat(average).as("average questions per interview").isLessThan(12);
    }

    private static CaseFacts answer(CaseFacts facts, CaseQuestion q, Vignette v) {
        if (q.kind() == QuestionKind.age) {
            return facts.withAge(v.age());
        }
        if (q.kind() == QuestionKind.duration) {
            return facts.withDurationDays(v.durationDays());
        }
        Map<String, FindingState> answers = new HashMap<>();
        q.findingIds().forEach(id -> answers.put(id, v.answer(id)));
        return facts.with(answers);
    }
}
