package health.backspasm.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The knowledge behind honest assessments: the confidence rule and question cap of assessment.yaml,
 * and the general, kind and addresses of remedies.yaml, are read as shipped and checked at start-up.
 */
class AssessmentKnowledgeTest {

    private static final KnowledgeFiles SHIPPED = KnowledgeFiles.classpath("knowledge");
    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(SHIPPED);

    private static String edited(String file, String find, String replacement) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("knowledge/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).as("the shipped %s", file).contains(find);
            return text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problems(String file, String content) {
        KnowledgeFiles files = name -> name.equals(file)
                ? Optional.of(content.getBytes(StandardCharsets.UTF_8)) : SHIPPED.read(name);
        Throwable thrown = catchThrowable(() -> KnowledgeLoader.load(files));
        assertThat(thrown).isInstanceOf(InvalidKnowledgeException.class);
        return ((InvalidKnowledgeException) thrown).problems();
    }

    @Test
    void shouldRateARankingByItsLeadingScoreAndItsMarginOverTheNext() {
        ConfidenceLevels rule = KNOWLEDGE.confidence();
        double high = rule.high().minScore();
        double highMargin = rule.high().minMargin();
        double moderate = rule.moderate().minScore();
        double moderateMargin = rule.moderate().minMargin();

        assertThat(rule.of(high, highMargin)).isEqualTo(Confidence.high);
        assertThat(rule.of(high, highMargin - 0.01)).isEqualTo(Confidence.moderate);
        assertThat(rule.of(high - 0.01, 1)).isEqualTo(Confidence.moderate);
        assertThat(rule.of(moderate, moderateMargin)).isEqualTo(Confidence.moderate);
        assertThat(rule.of(moderate - 0.01, 1)).isEqualTo(Confidence.low);
        assertThat(rule.of(1, moderateMargin - 0.01)).isEqualTo(Confidence.low);
        assertThat(rule.note(Confidence.low)).isNotBlank();
    }

    @Test
    void shouldKeepTheThresholdsTheContractAndReadmeState() {
        // The Assessment schema's description of confidence, the README and src/docs/assessment.md state
        // these numbers: change them together with assessment.yaml.
        ConfidenceLevels rule = KNOWLEDGE.confidence();

        assertThat(List.of(rule.high().minScore(), rule.high().minMargin(), rule.moderate().minScore(),
                rule.moderate().minMargin())).containsExactly(0.6, 0.3, 0.4, 0.15);
        assertThat(KNOWLEDGE.interview().maxQuestions()).isEqualTo(15);
    }

    @Test
    void shouldMarkOnlyGuidelineBackedSelfCareAsGeneralAndTheMedicalAssessmentAsMedical() {
        assertThat(KNOWLEDGE.remedies().all()).filteredOn(Remedy::general).extracting(Remedy::id)
                .contains("remedy.stay_active", "remedy.superficial_heat", "remedy.nsaid");
        assertThat(KNOWLEDGE.remedies().all()).filteredOn(Remedy::general)
                .allMatch(r -> r.evidence() == EvidenceGrade.guideline && r.kind() == RemedyKind.self_care);
        assertThat(KNOWLEDGE.remedies().byId().get("remedy.medical_assessment").kind()).isEqualTo(RemedyKind.medical);
        assertThat(KNOWLEDGE.remedies().byId().get("remedy.lift_with_knees").addresses())
                .contains("lifting.heavy_objects", "lifting.without_bending_knees");
    }

    @Test
    void shouldRejectAGeneralRemedyThatIsASellersClaim() {
        String remedies = edited("remedies.yaml", "  evidence: vendor_claim\n", "  evidence: vendor_claim\n  general: true\n");

        assertThat(problems("remedies.yaml", remedies)).anyMatch(p -> p.startsWith("remedies.yaml, entry ")
                && p.endsWith("a general remedy is guideline-backed self-care that addresses no particular finding"));
    }

    @Test
    void shouldRejectARemedyAddressingAnUnknownFinding() {
        String remedies = edited("remedies.yaml", "addresses: [environment.heat_exertion]",
                "addresses: [environment.sunburn]");

        assertThat(problems("remedies.yaml", remedies)).contains("remedies.yaml, entry remedy.avoid_heat_exertion:"
                + " finding 'environment.sunburn' is not in findings.yaml");
    }

    @Test
    void shouldRejectARemedyWithoutAKind() {
        String remedies = edited("remedies.yaml", "  kind: medical\n", "");

        assertThat(problems("remedies.yaml", remedies))
                .contains("remedies.yaml, entry remedy.medical_assessment: 'kind' is missing");
    }

    @Test
    void shouldRejectConfidenceThresholdsOutOfOrder() {
        String assessment = edited("assessment.yaml", "minScore: 0.6", "minScore: 0.3");

        assertThat(problems("assessment.yaml", assessment))
                .contains("assessment.yaml, entry confidence.high: high's thresholds must be at least moderate's");
    }

    @Test
    void shouldRejectAQuestionCapWithNoRoomBeyondTheRedFlagQuestions() {
        String assessment = edited("assessment.yaml", "maxQuestions: 15", "maxQuestions: 5");

        long redFlagQuestions = KNOWLEDGE.questionGroups().stream()
                .filter(g -> g.purpose() == QuestionPurpose.red_flag).count() + 2;

        assertThat(redFlagQuestions).isGreaterThanOrEqualTo(5);
        assertThat(problems("assessment.yaml", assessment)).contains("assessment.yaml, entry interview: 'maxQuestions'"
                + " must exceed the " + redFlagQuestions + " red-flag questions (each red-flag group, the age and the"
                + " duration)");
    }
}
