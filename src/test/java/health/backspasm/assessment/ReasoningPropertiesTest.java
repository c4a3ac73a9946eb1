package health.backspasm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseInput;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.interview.CompletionReason;
import health.backspasm.knowledge.Confidence;
import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Finding;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Remedy;
import health.backspasm.knowledge.RemedyKind;
import health.backspasm.knowledge.Urgency;
import health.backspasm.screening.Screening;
import health.backspasm.screening.RedFlagStatus;
import health.backspasm.screening.ScreeningEngine;
import health.backspasm.screening.TriggeredRedFlag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the engines over thousands of random cases from seeded generators (reproducible). */
public class ReasoningPropertiesTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final ScreeningEngine SCREENING = new ScreeningEngine(KNOWLEDGE);
    private static final AssessmentEngine ASSESSMENT = AssessmentEngine.of(KNOWLEDGE);
    private static final List<String> FINDINGS = KNOWLEDGE.findings().all().stream().map(Finding::id).toList();
    private static final int CASES = 3_000;

    /** A random valid case: up to 25 distinct findings in random states, age and duration maybe missing. */
    public static CaseInput randomCase(Random random) {
        List<String> ids = new ArrayList<>(FINDINGS);
        Collections.shuffle(ids, random);
        int count = random.nextInt(26);
        List<ReportedFinding> findings = new ArrayList<>();
        FindingState[] states = FindingState.values();
        for (String id : ids.subList(0, count)) {
            findings.add(new ReportedFinding(id, states[random.nextInt(states.length)]));
        }
        Integer age = random.nextInt(4) == 0 ? null : random.nextInt(121);
        Integer days = random.nextInt(4) == 0 ? null : random.nextInt(random.nextBoolean() ? 60 : 3651);
        return new CaseInput(age, null, days, findings);
    }

    @Test
    void shouldNeverLowerTheLevelWhenAFindingBecomesPresent() {
        Random random = new Random(1);
        for (int i = 0; i < CASES; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            Urgency before = SCREENING.screen(facts).level();
            String id = FINDINGS.get(random.nextInt(FINDINGS.size()));
            Map<String, FindingState> states = new HashMap<>(facts.states());
            states.put(id, FindingState.present);
            Urgency after = SCREENING.screen(new CaseFacts(facts.age(), facts.durationDays(), states)).level();
            assertThat(after).as("%s made present in %s", id, facts).isGreaterThanOrEqualTo(before);
        }
    }

    /** present >= unknown >= absent: for every finding, on every case, in the level it gives. */
    @Test
    void shouldOrderEveryFindingsStatesPresentOverUnknownOverAbsent() {
        Random random = new Random(11);
        for (int i = 0; i < CASES / 3; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            for (String id : FINDINGS) {
                Urgency absent = levelWith(facts, id, FindingState.absent);
                Urgency unknown = levelWith(facts, id, FindingState.unknown);
                Urgency present = levelWith(facts, id, FindingState.present);
                assertThat(unknown).as("%s unknown vs absent in %s", id, facts).isGreaterThanOrEqualTo(absent);
                assertThat(present).as("%s present vs unknown in %s", id, facts).isGreaterThanOrEqualTo(unknown);
            }
        }
    }

    @Test
    void shouldNeverLowerTheLevelWhenADoubtedFindingIsResolvedPresentOrAbsentIsDoubted() {
        Random random = new Random(12);
        for (int i = 0; i < CASES; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            Urgency before = SCREENING.screen(facts).level();
            for (Map.Entry<String, FindingState> answer : facts.states().entrySet()) {
                if (answer.getValue() == FindingState.absent) {
                    assertThat(levelWith(facts, answer.getKey(), FindingState.unknown)).isGreaterThanOrEqualTo(before);
                } else if (answer.getValue() == FindingState.unknown) {
                    assertThat(levelWith(facts, answer.getKey(), FindingState.present)).isGreaterThanOrEqualTo(before);
                }
            }
        }
    }

    @Test
    void shouldSetTheLevelFromTheTriggeredFlagsAndMarkOnlyDoubtedOnesUnconfirmed() {
        Random random = new Random(13);
        for (int i = 0; i < CASES; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            Screening s = SCREENING.screen(facts);
            Urgency highest = s.redFlags().stream().map(TriggeredRedFlag::level).max(Urgency::compareTo)
                    .orElse(Urgency.self_care);
            assertThat(s.level()).isEqualTo(highest);
            for (TriggeredRedFlag t : s.redFlags()) {
                if (t.status() == RedFlagStatus.confirmed) {
                    assertThat(t.level()).isEqualTo(t.urgency());
                    assertThat(t.unknownFindingIds()).isEmpty();
                } else {
                    assertThat(t.level()).isEqualTo(Urgency.max(Urgency.consult,
                            Urgency.values()[t.urgency().ordinal() - 1]));
                    assertThat(t.unknownFindingIds()).isNotEmpty()
                            .allMatch(id -> facts.state(id) == FindingState.unknown);
                }
            }
            boolean anyUnknown = facts.states().containsValue(FindingState.unknown);
            assertThat(anyUnknown || s.redFlags().stream().allMatch(t -> t.status() == RedFlagStatus.confirmed))
                    .isTrue();
        }
    }

    @Test
    void shouldNeverCompleteWithARedFlagQuestionOpenOrAtSelfCareWithADoubtedFlag() {
        Random random = new Random(14);
        for (int i = 0; i < CASES; i++) {
            Assessment a = ASSESSMENT.assess(CaseFacts.of(randomCase(random)));
            Screening triage = a.triage();
            if (a.complete() && triage.level() != Urgency.emergency) {
                assertThat(triage.pendingQuestions()).isEmpty();
            }
            if (triage.redFlags().stream().anyMatch(t -> t.status() == RedFlagStatus.unconfirmed)) {
                assertThat(triage.level()).isGreaterThanOrEqualTo(Urgency.consult);
            }
        }
    }

    private static Urgency levelWith(CaseFacts facts, String id, FindingState state) {
        Map<String, FindingState> states = new HashMap<>(facts.states());
        states.put(id, state);
        return SCREENING.screen(new CaseFacts(facts.age(), facts.durationDays(), states)).level();
    }

    @Test
    void shouldGiveTheSameAnswerWhateverTheOrderOfFindings() {
        Random random = new Random(2);
        for (int i = 0; i < CASES; i++) {
            CaseInput input = randomCase(random);
            List<ReportedFinding> shuffled = new ArrayList<>(input.findings());
            Collections.shuffle(shuffled, random);
            CaseInput reordered = new CaseInput(input.age(), input.sex(), input.durationDays(), shuffled);
            assertThat(ASSESSMENT.assess(CaseFacts.of(reordered))).isEqualTo(ASSESSMENT.assess(CaseFacts.of(input)));
        }
    }

    @Test
    void shouldAlwaysGiveTheSameAnswerToTheSameCase() {
        Random random = new Random(3);
        for (int i = 0; i < CASES; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            assertThat(ASSESSMENT.assess(facts)).isEqualTo(ASSESSMENT.assess(facts));
        }
    }

    @Test
    void shouldScoreEveryCauseBetweenZeroAndOneBestFirst() {
        Random random = new Random(4);
        for (int i = 0; i < CASES; i++) {
            Assessment a = ASSESSMENT.assess(CaseFacts.of(randomCase(random)));
            List<Double> scores = a.causes().stream().map(RankedCause::score).toList();
            assertThat(scores).hasSize(KNOWLEDGE.causes().size()).allMatch(s -> s >= 0 && s <= 1);
            assertThat(scores).isSortedAccordingTo(Collections.reverseOrder());
            assertThat(scores.stream().mapToDouble(Double::doubleValue).sum()).isBetween(0.99, 1.01);
        }
    }

    @Test
    void shouldNeverAskWhatIsAlreadyAnswered() {
        Random random = new Random(5);
        for (int i = 0; i < CASES; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            Assessment a = ASSESSMENT.assess(facts);
            List<CaseQuestion> asked = new ArrayList<>(a.triage().pendingQuestions());
            if (a.nextQuestion() != null) {
                asked.add(a.nextQuestion());
            }
            for (CaseQuestion q : asked) {
                assertThat(q.findingIds()).noneMatch(facts::isAnswered);
                assertThat(q.kind() == QuestionKind.age && facts.age() != null).isFalse();
                assertThat(q.kind() == QuestionKind.duration && facts.durationDays() != null).isFalse();
            }
        }
    }

    @Test
    void shouldCompleteAtOnceAndWithholdRemediesAtEmergency() {
        Random random = new Random(6);
        for (int i = 0; i < CASES; i++) {
            Assessment a = ASSESSMENT.assess(CaseFacts.of(randomCase(random)));
            Screening triage = a.triage();
            if (triage.level() == Urgency.emergency) {
                assertThat(a.complete()).isTrue();
                assertThat(a.nextQuestion()).isNull();
                assertThat(a.remedies()).isEmpty();
                assertThat(a.advice()).startsWith(KNOWLEDGE.level(Urgency.emergency).advice());
            } else if (!triage.pendingQuestions().isEmpty()) {
                assertThat(a.complete()).isFalse();
                assertThat(a.nextQuestion()).isEqualTo(triage.pendingQuestions().get(0));
            }
        }
    }

    @Test
    void shouldListEachRemedyOncePreventionLastAmongTheEvidenceBacked() {
        Random random = new Random(7);
        for (int i = 0; i < CASES; i++) {
            Assessment a = ASSESSMENT.assess(CaseFacts.of(randomCase(random)));
            List<String> ids = a.remedies().stream().map(RecommendedRemedy::id).toList();
            assertThat(ids).doesNotHaveDuplicates();
            boolean prevention = false;
            for (RecommendedRemedy r : a.remedies()) {
                if (r.evidence() != EvidenceGrade.vendor_claim) {
                    prevention |= r.phase() == Phase.prevention;
                    assertThat(prevention && r.phase() != Phase.prevention).isFalse();
                }
            }
        }
    }

    @Test
    void shouldNeverPutASellersClaimBeforeAGuidelineOrArticleRemedy() {
        Random random = new Random(8);
        EvidenceGrade[] grades = EvidenceGrade.values();
        for (int i = 0; i < CASES; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            EvidenceGrade weakest = grades[random.nextInt(grades.length)];
            Assessment a = ASSESSMENT.assess(facts, weakest);
            boolean claimSeen = false;
            for (RecommendedRemedy r : a.remedies()) {
                claimSeen |= r.evidence() == EvidenceGrade.vendor_claim;
                assertThat(claimSeen && r.evidence() != EvidenceGrade.vendor_claim)
                        .as("%s before a %s remedy in %s", "a vendor_claim", r.evidence(), facts).isFalse();
                assertThat(r.evidence()).as("evidence kept with %s", weakest).isLessThanOrEqualTo(weakest);
            }
        }
    }

    @Test
    void shouldRecommendOnlyRemediesThatFitTheAnswersAndSayWhatTheyAnswer() {
        Random random = new Random(9);
        for (int i = 0; i < CASES; i++) {
            CaseFacts facts = CaseFacts.of(randomCase(random));
            Assessment a = ASSESSMENT.assess(facts);
            if (a.triage().level() == Urgency.emergency) {
                continue;
            }
            List<String> leading = a.causes().stream().filter(RankedCause::leading).map(RankedCause::id).toList();
            assertThat(a.remedies()).isNotEmpty();
            for (RecommendedRemedy r : a.remedies()) {
                Remedy remedy = KNOWLEDGE.remedies().byId().get(r.id());
                assertThat(remedy.addresses().isEmpty()
                        || !remedy.addresses().stream().allMatch(id -> facts.state(id) == FindingState.absent))
                        .as("%s recommended though every finding it addresses is absent in %s", r.id(), facts).isTrue();
                assertThat(leading).containsAll(r.causeIds());
                assertThat(r.findingIds()).allMatch(facts::isPresent).allMatch(remedy.addresses()::contains);
                if (a.confidence() == Confidence.low) {
                    assertThat(r.general() || r.kind() == RemedyKind.medical).as("%s at low confidence", r.id()).isTrue();
                } else {
                    assertThat(r.causeIds()).as("%s serves no leading cause", r.id()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void shouldGiveACompletionReasonExactlyWhenComplete() {
        Random random = new Random(10);
        for (int i = 0; i < CASES; i++) {
            Assessment a = ASSESSMENT.assess(CaseFacts.of(randomCase(random)));
            assertThat(a.complete()).isEqualTo(a.completionReason() != null);
            assertThat(a.complete()).isEqualTo(a.nextQuestion() == null);
            if (a.completionReason() == CompletionReason.confident) {
                assertThat(a.confidence()).isNotEqualTo(Confidence.low);
            }
            if (a.complete() && a.triage().level() != Urgency.emergency) {
                assertThat(a.triage().pendingQuestions()).isEmpty();
            }
        }
    }
}
