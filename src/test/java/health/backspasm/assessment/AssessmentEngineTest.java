package health.backspasm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Urgency;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentEngineTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    private static final AssessmentEngine ENGINE = AssessmentEngine.of(KNOWLEDGE);

    private static CaseFacts facts(Integer age, Integer days, String... present) {
        Map<String, FindingState> states = new HashMap<>();
        for (String id : present) {
            states.put(id, FindingState.present);
        }
        return new CaseFacts(age, days, states);
    }

    @Test
    void shouldRankOveruseFirstForAGolferWithGradualPain() {
        Assessment a = ENGINE.assess(facts(45, 10, "sport.golf", "onset.gradual"));

        RankedCause top = a.causes().get(0);
        assertThat(top.id()).isEqualTo("cause.overuse");
        assertThat(top.leading()).isTrue();
        assertThat(top.supportingFindings()).extracting(FindingWeight::id).containsExactly("sport.golf", "onset.gradual");
        assertThat(a.causes()).filteredOn(c -> c.id().equals("cause.acute_strain")).singleElement()
                .satisfies(c -> assertThat(c.conflictingFindings()).extracting(FindingWeight::id)
                        .containsExactly("onset.gradual"));
        assertThat(a.knowledgeVersion()).isEqualTo(KNOWLEDGE.version());
        assertThat(a.disclaimer()).isEqualTo(KNOWLEDGE.disclaimer());
    }

    @Test
    void shouldOrderRecentRemediesAcuteFirstThenByEvidence() {
        Assessment a = ENGINE.assess(facts(30, 2, "onset.sudden", "onset.twisting_pulling"));

        assertThat(a.remedies()).isNotEmpty();
        assertThat(a.remedies().get(0).phase()).isEqualTo(Phase.acute);
        assertThat(a.remedies()).isSortedAccordingTo(Comparator
                .comparing((RecommendedRemedy r) -> r.phase() == Phase.acute ? 0 : r.phase() == Phase.recovery ? 1 : 2)
                .thenComparing(RecommendedRemedy::evidence));
        assertThat(a.remedies()).anyMatch(r -> r.evidence() == EvidenceGrade.vendor_claim && !r.cautions().isEmpty());
    }

    @Test
    void shouldPutRecoveryFirstWhenThePainIsNoLongerRecent() {
        Assessment a = ENGINE.assess(facts(30, 30, "onset.sudden", "onset.twisting_pulling"));

        assertThat(a.remedies().get(0).phase()).isEqualTo(Phase.recovery);
        assertThat(a.remedies()).extracting(RecommendedRemedy::phase).containsSubsequence(Phase.recovery, Phase.acute)
                .doesNotContainSequence(Phase.acute, Phase.recovery);
    }

    @Test
    void shouldTreatPainAsRecentUpToTheAcutePhaseOfTheKnowledge() {
        int maxDays = KNOWLEDGE.acutePhase().maxDays();

        assertThat(ENGINE.assess(facts(30, maxDays, "onset.sudden", "onset.twisting_pulling")).remedies().get(0).phase())
                .isEqualTo(Phase.acute);
        assertThat(ENGINE.assess(facts(30, maxDays + 1, "onset.sudden", "onset.twisting_pulling")).remedies().get(0)
                .phase()).isEqualTo(Phase.recovery);
    }

    @Test
    void shouldLeadWithEmergencyAdviceAndWithholdSelfCareAtEmergency() {
        Assessment a = ENGINE.assess(facts(38, 3, "neuro.saddle_numbness", "neuro.bladder_dysfunction"));

        assertThat(a.triage().level()).isEqualTo(Urgency.emergency);
        assertThat(a.advice()).startsWith(KNOWLEDGE.level(Urgency.emergency).advice());
        assertThat(a.remedies()).isEmpty();
        assertThat(a.complete()).isTrue();
        assertThat(a.nextQuestion()).isNull();
        assertThat(a.needsDoctor()).isTrue();
    }

    @Test
    void shouldSayADiscProblemNeedsADoctor() {
        Assessment a = ENGINE.assess(facts(40, 5, "pain.radiating_leg", "pain.worse_cough_sneeze"));

        assertThat(a.causes().get(0).id()).isEqualTo("cause.disc_problem");
        assertThat(a.causes().get(0).needsDoctor()).isTrue();
        assertThat(a.needsDoctor()).isTrue();
        assertThat(a.remedies()).extracting(RecommendedRemedy::id).contains("remedy.medical_assessment");
    }

    @Test
    void shouldAskRedFlagQuestionsBeforeAnyCauseQuestion() {
        Assessment a = ENGINE.assess(facts(null, null, "sport.golf"));

        assertThat(a.complete()).isFalse();
        assertThat(a.nextQuestion()).isEqualTo(a.triage().pendingQuestions().get(0));
        assertThat(a.nextQuestion().findingIds()).contains("neuro.saddle_numbness");
    }

    @Test
    void shouldStopAskingWhenNoAnswerWouldChangeTheLeadingCause() {
        Map<String, FindingState> states = new HashMap<>();
        KNOWLEDGE.findings().all().forEach(f -> states.put(f.id(), FindingState.absent));
        List.of("sport.golf", "onset.gradual").forEach(id -> states.put(id, FindingState.present));

        Assessment a = ENGINE.assess(new CaseFacts(45, 10, states));

        assertThat(a.complete()).isTrue();
        assertThat(a.nextQuestion()).isNull();
        assertThat(a.causes().get(0).id()).isEqualTo("cause.overuse");
    }
}
