package health.backspasm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.interview.CompletionReason;
import health.backspasm.knowledge.Confidence;
import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Remedy;
import health.backspasm.knowledge.RemedyKind;
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
    void shouldOrderRecentRemediesSellersClaimsLastThenAcuteFirstThenByEvidence() {
        Assessment a = ENGINE.assess(facts(30, 2, "onset.sudden", "onset.twisting_pulling"));

        assertThat(a.remedies()).isNotEmpty();
        assertThat(a.remedies().get(0).phase()).isEqualTo(Phase.acute);
        assertThat(a.remedies()).isSortedAccordingTo(Comparator
                .comparing((RecommendedRemedy r) -> r.evidence() == EvidenceGrade.vendor_claim)
                .thenComparing(r -> r.phase() == Phase.acute ? 0 : r.phase() == Phase.recovery ? 1 : 2)
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

    /** Every finding answered absent except these present ones: each checklist answered "none". */
    private static CaseFacts everyChecklistNone(Integer age, Integer days, String... present) {
        Map<String, FindingState> states = new HashMap<>();
        KNOWLEDGE.findings().all().forEach(f -> states.put(f.id(), FindingState.absent));
        for (String id : present) {
            states.put(id, FindingState.present);
        }
        return new CaseFacts(age, days, states);
    }

    private static List<String> ids(Assessment a) {
        return a.remedies().stream().map(RecommendedRemedy::id).toList();
    }

    private static final List<String> GENERAL = KNOWLEDGE.remedies().all().stream().filter(Remedy::general)
            .map(Remedy::id).toList();

    @Test
    void shouldSayPlainlyThatNoCauseStandsOutAndGiveTheGeneralRemediesWhenEveryChecklistIsNone() {
        // The case: the back seized up bending for the laundry basket, every checklist "none".
        Assessment a = ENGINE.assess(everyChecklistNone(29, 1, "pain.lower_back", "muscle.stiffness",
                "muscle.palpable_tension", "pain.worse_with_movement"));

        assertThat(a.confidence()).isEqualTo(Confidence.low);
        assertThat(a.confidenceNote()).isEqualTo(KNOWLEDGE.confidence().low().note())
                .contains("do not point clearly to one cause");
        assertThat(ids(a)).containsExactlyInAnyOrderElementsOf(GENERAL)
                .doesNotContain("remedy.lift_with_knees", "remedy.back_brace");
        assertThat(a.remedies()).allMatch(RecommendedRemedy::general);
        assertThat(a.complete()).isTrue();
        assertThat(a.completionReason()).isEqualTo(CompletionReason.settled);
    }

    @Test
    void shouldAskAboutTheLifestyleBeforeEndingOnAnUnsureImmobilityLead() {
        Map<String, FindingState> states = new HashMap<>(everyChecklistNone(29, 1, "pain.lower_back",
                "muscle.stiffness", "muscle.palpable_tension", "pain.worse_with_movement").states());
        List<String> lifestyle = List.of("lifestyle.sedentary", "lifestyle.prolonged_position",
                "lifestyle.prolonged_bed_rest");
        lifestyle.forEach(states::remove);

        Assessment a = ENGINE.assess(new CaseFacts(29, 1, states));

        assertThat(a.confidence()).isEqualTo(Confidence.low);
        assertThat(a.complete()).isFalse();
        assertThat(a.completionReason()).isNull();
        assertThat(a.nextQuestion().findingIds()).containsExactlyElementsOf(lifestyle);
    }

    @Test
    void shouldRankConfidentlyWhenOneCauseStandsOut() {
        Assessment a = ENGINE.assess(everyChecklistNone(45, 10, "sport.golf", "onset.gradual", "muscle.stiffness"));

        assertThat(a.causes().get(0).id()).isEqualTo("cause.overuse");
        assertThat(a.confidence()).isEqualTo(Confidence.high);
        assertThat(a.confidenceNote()).isEqualTo(KNOWLEDGE.confidence().high().note());
        assertThat(a.completionReason()).isEqualTo(CompletionReason.confident);
        assertThat(a.remedies()).anyMatch(r -> !r.general());
    }

    @Test
    void shouldLeaveOutLiftingAdviceWhenLiftingWasAnsweredAbsent() {
        Assessment a = ENGINE.assess(everyChecklistNone(40, 5, "posture.poor", "pain.lower_back"));

        assertThat(a.causes().get(0).id()).isEqualTo("cause.posture_lifting");
        assertThat(a.confidence()).isNotEqualTo(Confidence.low);
        assertThat(ids(a)).doesNotContain("remedy.lift_with_knees", "remedy.back_brace");
        assertThat(a.remedies()).filteredOn(r -> r.id().equals("remedy.posture")).singleElement()
                .satisfies(r -> {
                    assertThat(r.causeIds()).containsExactly("cause.posture_lifting");
                    assertThat(r.findingIds()).containsExactly("posture.poor");
                });
    }

    @Test
    void shouldSayWhichFindingALiftingRemedyAnswers() {
        Assessment a = ENGINE.assess(facts(40, 5, "lifting.heavy_objects", "lifting.without_bending_knees"));

        assertThat(a.remedies()).filteredOn(r -> r.id().equals("remedy.lift_with_knees")).singleElement()
                .satisfies(r -> {
                    assertThat(r.causeIds()).containsExactly("cause.posture_lifting");
                    assertThat(r.findingIds()).containsExactly("lifting.heavy_objects", "lifting.without_bending_knees");
                });
    }

    @Test
    void shouldPutGuidelineRemediesBeforeSellersClaimsForABasketballTwist() {
        Assessment a = ENGINE.assess(facts(31, 2, "sport.basketball", "onset.sudden", "onset.twisting_pulling",
                "onset.during_sport"));

        List<String> ids = ids(a);
        assertThat(ids).contains("remedy.manual_therapy", "remedy.exercise_programme", "remedy.warm_bath",
                "remedy.laser_therapy");
        assertThat(ids.indexOf("remedy.warm_bath")).isGreaterThan(ids.indexOf("remedy.exercise_programme"));
        assertThat(ids.indexOf("remedy.laser_therapy")).isGreaterThan(ids.indexOf("remedy.manual_therapy"));
        assertThat(ids.subList(ids.size() - 2, ids.size()))
                .containsExactlyInAnyOrder("remedy.warm_bath", "remedy.laser_therapy");
    }

    @Test
    void shouldLeaveOutEvidenceWeakerThanTheCallerAccepts() {
        CaseFacts twist = facts(31, 2, "sport.basketball", "onset.sudden", "onset.twisting_pulling");

        assertThat(ENGINE.assess(twist, EvidenceGrade.article).remedies())
                .isNotEmpty().noneMatch(r -> r.evidence() == EvidenceGrade.vendor_claim)
                .anyMatch(r -> r.evidence() == EvidenceGrade.article);
        assertThat(ENGINE.assess(twist, EvidenceGrade.guideline).remedies())
                .isNotEmpty().allMatch(r -> r.evidence() == EvidenceGrade.guideline);
        assertThat(ENGINE.assess(twist, EvidenceGrade.vendor_claim)).isEqualTo(ENGINE.assess(twist));
    }

    @Test
    void shouldNotCallAMedicalAssessmentSelfCare() {
        Assessment a = ENGINE.assess(facts(40, 5, "pain.radiating_leg", "pain.worse_cough_sneeze"));

        assertThat(a.remedies()).filteredOn(r -> r.id().equals("remedy.medical_assessment")).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(RemedyKind.medical));
        assertThat(a.remedies()).filteredOn(r -> !r.id().equals("remedy.medical_assessment"))
                .allMatch(r -> r.kind() == RemedyKind.self_care);
    }
}
