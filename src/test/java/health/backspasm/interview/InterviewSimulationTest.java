package health.backspasm.interview;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.assessment.Assessment;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.assessment.RecommendedRemedy;
import health.backspasm.assessment.Vignette;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.knowledge.Confidence;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.QuestionGroup;
import health.backspasm.knowledge.QuestionPurpose;
import health.backspasm.knowledge.Remedy;
import health.backspasm.knowledge.RemedyKind;
import health.backspasm.knowledge.Urgency;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays every vignette as a stateless interview: it starts from two of the vignette's present
 * findings and answers each question from the vignette's whole truth (a finding not listed is absent,
 * one listed unknown is answered "not sure"). It prints how the interviews end (the completion reasons,
 * and confident and right, confident and wrong, or low-confidence) and fails when one runs long, ends
 * confident and wrong too often, or stops while a question could still overturn an unsure leader.
 */
class InterviewSimulationTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);
    private static final int RUNAWAY = 40;
    private static final Set<String> GENERAL = new HashSet<>(KNOWLEDGE.remedies().all().stream()
            .filter(Remedy::general).map(Remedy::id).toList());

    @Test
    void shouldInterviewEveryVignetteToTheRightLevelInFewQuestions() {
        List<Vignette> vignettes = Vignette.all();
        List<String> failures = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Map<CompletionReason, Integer> reasons = new EnumMap<>(CompletionReason.class);
        int total = 0;
        int max = 0;
        int causeFirst = 0;
        int withCause = 0;
        int confidentRight = 0;
        int confidentWrong = 0;
        int low = 0;
        int lowInformation = 0;
        int lowInformationGeneral = 0;
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
                continue;
            }
            reasons.merge(a.completionReason(), 1, Integer::sum);
            if (a.confidence() == Confidence.low && a.completionReason() == CompletionReason.settled) {
                String leader = a.causes().get(0).id();
                overturningGroup(facts, leader).ifPresent(g -> failures.add(v.name() + ": ended unsure ("
                        + leader + ") with " + g + " unasked, which could overturn it"));
            }
            if (a.triage().level() == Urgency.emergency) {
                continue;
            }
            if (v.expectsLowConfidence()) {
                lowInformation++;
                if (a.confidence() == Confidence.low && onlyGeneralRemedies(a)) {
                    lowInformationGeneral++;
                } else {
                    failures.add(v.name() + ": a low-information case ended " + a.confidence() + " with "
                            + a.causes().get(0).id() + " and " + a.remedies().stream().map(RecommendedRemedy::id)
                            .toList());
                }
            }
            if (a.confidence() == Confidence.low) {
                low++;
            } else if (v.causes().contains(a.causes().get(0).id())) {
                confidentRight++;
            } else {
                confidentWrong++;
                wrong.add(v.name() + ": ended " + a.confidence() + " on " + a.causes().get(0).id() + ", expected "
                        + (v.causes().isEmpty() ? "low confidence" : v.causes()));
            }
            if (!v.causes().isEmpty()) {
                withCause++;
                causeFirst += v.causes().contains(a.causes().get(0).id()) ? 1 : 0;
            }
        }
        int n = vignettes.size();
        int ended = confidentRight + confidentWrong + low;
        double average = (double) total / n;
        System.out.printf("Interview simulation over %d vignettes: %.2f questions on average, at most %d;"
                + " cause first at the end: %d of %d with a cause (%.1f%%)%n", n, average, max, causeFirst,
                withCause, 100.0 * causeFirst / withCause);
        System.out.println("  ended by reason: " + reasons);
        System.out.printf("  below emergency, %d interviews ended: confident and right %d (%.1f%%), confident and"
                + " wrong %d (%.1f%%), low-confidence %d (%.1f%%)%n", ended, confidentRight,
                100.0 * confidentRight / ended, confidentWrong, 100.0 * confidentWrong / ended, low,
                100.0 * low / ended);
        System.out.printf("  low-information cases ending low-confidence with the general remedies: %d of %d%n",
                lowInformationGeneral, lowInformation);
        System.out.println("  longest: " + longest);
        wrong.forEach(w -> System.out.println("  confident and wrong: " + w));
        failures.forEach(f -> System.out.println("  failure: " + f));

        assertThat(100.0 * confidentWrong / ended).as("interviews ending confident and wrong, %").isLessThan(5);
        assertThat(failures).isEmpty();
        assertThat(lowInformation).isGreaterThanOrEqualTo(20);
        assertThat(average).as("average questions per interview").isLessThan(8);
        assertThat(max).as("most questions in one interview").isLessThanOrEqualTo(15);
    }

    /** The remedies are the general ones, with at most a medical assessment beside them. */
    private static boolean onlyGeneralRemedies(Assessment a) {
        return !a.remedies().isEmpty() && a.remedies().stream()
                .allMatch(r -> GENERAL.contains(r.id()) || r.kind() == RemedyKind.medical)
                && a.remedies().stream().anyMatch(r -> GENERAL.contains(r.id()));
    }

    /**
     * A cause question group with open items for which some answer (none ticked, or one ticked) would
     * put another cause first, found by assessing each answer: independent of how the planner decides.
     */
    private static Optional<String> overturningGroup(CaseFacts facts, String leader) {
        for (QuestionGroup g : KNOWLEDGE.questionGroups()) {
            if (g.purpose() != QuestionPurpose.cause) {
                continue;
            }
            List<String> open = g.findingIds().stream().filter(id -> !facts.isAnswered(id)).toList();
            if (open.isEmpty()) {
                continue;
            }
            for (int ticked = -1; ticked < open.size(); ticked++) {
                Map<String, FindingState> answers = new HashMap<>();
                for (int i = 0; i < open.size(); i++) {
                    answers.put(open.get(i), i == ticked ? FindingState.present : FindingState.absent);
                }
                if (!ENGINE.assess(facts.with(answers)).causes().get(0).id().equals(leader)) {
                    return Optional.of(g.id());
                }
            }
        }
        return Optional.empty();
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
