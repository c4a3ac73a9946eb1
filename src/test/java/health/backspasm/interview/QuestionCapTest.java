package health.backspasm.interview;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.assessment.Assessment;
import health.backspasm.assessment.AssessmentEngine;
import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.Confidence;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.QuestionPurpose;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The interview's hard cap on questions (assessment.yaml) ends it even while a question could still help. */
class QuestionCapTest {

    private static final KnowledgeFiles SHIPPED = KnowledgeFiles.classpath("knowledge");

    /** The shipped knowledge with the cap lowered to the red-flag questions and this many more. */
    private static Knowledge withCap(int maxQuestions) {
        String text;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("knowledge/assessment.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(text).contains("maxQuestions: 15");
        byte[] capped = text.replace("maxQuestions: 15", "maxQuestions: " + maxQuestions)
                .getBytes(StandardCharsets.UTF_8);
        return KnowledgeLoader.load(name -> name.equals("assessment.yaml") ? Optional.of(capped) : SHIPPED.read(name));
    }

    /** Every red-flag finding answered absent, the age and duration given, nothing about causes asked. */
    private static CaseFacts redFlagsAnsweredNone(Knowledge knowledge) {
        Map<String, FindingState> states = new HashMap<>();
        knowledge.questionGroups().stream().filter(g -> g.purpose() == QuestionPurpose.red_flag)
                .forEach(g -> g.findingIds().forEach(id -> states.put(id, FindingState.absent)));
        states.put("pain.lower_back", FindingState.present);
        // One question about causes answered "none".
        knowledge.questionGroups().stream().filter(g -> g.id().equals("question.pain_character"))
                .forEach(g -> g.findingIds().forEach(id -> states.putIfAbsent(id, FindingState.absent)));
        return new CaseFacts(35, 3, states);
    }

    @Test
    void shouldStopAtTheCapThoughAQuestionCouldStillChangeAnUnsureRanking() {
        Knowledge shippedKnowledge = KnowledgeLoader.load(SHIPPED);
        long redFlagGroups = shippedKnowledge.questionGroups().stream()
                .filter(g -> g.purpose() == QuestionPurpose.red_flag).count();
        // Room for the red-flag questions (each group, the age, the duration) and one question about causes.
        Knowledge capped = withCap((int) redFlagGroups + 3);
        CaseFacts facts = redFlagsAnsweredNone(capped);

        Assessment shipped = AssessmentEngine.of(shippedKnowledge).assess(facts);
        Assessment a = AssessmentEngine.of(capped).assess(facts);

        assertThat(shipped.confidence()).isEqualTo(Confidence.low);
        assertThat(shipped.complete()).isFalse();
        assertThat(a.confidence()).isEqualTo(Confidence.low);
        assertThat(a.complete()).isTrue();
        assertThat(a.nextQuestion()).isNull();
        assertThat(a.completionReason()).isEqualTo(CompletionReason.question_cap);
    }
}
