package health.backspasm.answers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionKind;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.QuestionGroup;
import health.backspasm.screening.ScreeningEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed reply to a real interview question with what it must be read as (src/test/resources/answers):
 * the question's group (and its open findings), and the expected entries, number, or "not understood".
 */
record AnnotatedReply(String q, List<String> ids, String text, Boolean understood, Boolean bareYes,
        List<String> present, List<String> absent, List<String> unknown, String rest, Integer age,
        Integer durationDays) {

    static List<AnnotatedReply> all(String file) {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = AnnotatedReply.class.getResourceAsStream("/answers/" + file)) {
            return yaml.readValue(in, new TypeReference<List<AnnotatedReply>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answers/" + file, e);
        }
    }

    /** The question as the service gives it: a group's question for its open findings, or age, or duration. */
    CaseQuestion question(Knowledge knowledge, ScreeningEngine screening) {
        if ("age".equals(q)) {
            return new CaseQuestion(QuestionKind.age, knowledge.ageQuestion().text(), List.of());
        }
        if ("duration".equals(q)) {
            return new CaseQuestion(QuestionKind.duration, knowledge.durationQuestion().text(), List.of());
        }
        QuestionGroup group = knowledge.questionGroups().stream()
                .filter(g -> g.id().equals("question." + q)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question group " + q));
        return screening.groupQuestion(group, id -> ids == null || ids.contains(id));
    }

    boolean expectsUnderstood() {
        return understood == null || understood;
    }

    /** The entries expected for the question's items (items left open are not listed). */
    Map<String, FindingState> expected(CaseQuestion question) {
        Map<String, FindingState> out = new LinkedHashMap<>();
        if (!expectsUnderstood()) {
            return out;
        }
        for (String id : question.findingIds()) {
            FindingState state = null;
            if (present != null && present.contains(id)) {
                state = FindingState.present;
            } else if (absent != null && absent.contains(id)) {
                state = FindingState.absent;
            } else if (unknown != null && unknown.contains(id)) {
                state = FindingState.unknown;
            } else if (rest != null && !rest.equals("open")) {
                state = FindingState.valueOf(rest);
            }
            if (state != null) {
                out.put(id, state);
            }
        }
        return out;
    }
}
