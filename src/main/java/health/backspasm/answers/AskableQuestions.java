package health.backspasm.answers;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.QuestionItem;
import health.backspasm.cases.QuestionKind;
import health.backspasm.http.Problem;
import health.backspasm.http.ProblemException;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.QuestionGroup;
import health.backspasm.knowledge.QuestionPurpose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions the interview can ask, from questions.yaml: one finding of a question group on its own
 * (kind {@code finding}), two or more findings of one group in the group's order ({@code findings}), or
 * {@code age} and {@code duration} without findings. A question sent to POST /api/v1/answers must be one
 * of them, else the request is a 400 problem naming the field; what a red-flag group asks is a red-flag
 * question.
 */
final class AskableQuestions {

    /** Where a finding sits in questions.yaml: its group and its position there. */
    private record Place(QuestionGroup group, int index) {
    }

    private final Map<String, Place> places;
    private final List<QuestionGroup> groups;
    /** Every finding a red-flag rule reads, whichever question group asks it. */
    private final Set<String> redFlagFindings;

    AskableQuestions(Knowledge knowledge) {
        Map<String, Place> map = new HashMap<>();
        for (QuestionGroup group : knowledge.questionGroups()) {
            for (int i = 0; i < group.findingIds().size(); i++) {
                map.putIfAbsent(group.findingIds().get(i), new Place(group, i));
            }
        }
        this.places = Map.copyOf(map);
        this.groups = List.copyOf(knowledge.questionGroups());
        Set<String> read = new HashSet<>();
        knowledge.redFlags().all().forEach(f -> read.addAll(f.findingIds()));
        this.redFlagFindings = Set.copyOf(read);
    }

    /**
     * Whether the question asks about red flags: one of its findings sits in a red-flag group, or is read by
     * a red-flag rule (a cause group's onset.twisting_pulling is read by the fragility-fracture rule).
     */
    boolean isRedFlag(CaseQuestion question) {
        return question.findingIds().stream().anyMatch(id -> redFlagFindings.contains(id) || groups.stream()
                .anyMatch(g -> g.purpose() == QuestionPurpose.red_flag && g.findingIds().contains(id)));
    }

    /** Checks that the interview can ask this question; throws a 400 problem naming what is wrong. */
    void check(CaseQuestion question) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (question.kind() == null) {
            errors.add(error("question.kind", "must not be null"));
        }
        if (question.text() == null) {
            errors.add(error("question.text", "must not be null"));
        }
        List<String> ids = question.findingIds();
        if (ids == null) {
            errors.add(error("question.findingIds", "must not be null"));
        } else if (question.kind() != null) {
            checkIds(question.kind(), ids, errors);
        }
        List<QuestionItem> items = question.findings();
        if (items != null && ids != null) {
            if (items.size() != ids.size()) {
                errors.add(error("question.findings", "must list the findings of findingIds, in the same order, as the"
                        + " service gave them (or be left out)"));
            } else {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) == null || !ids.get(i).equals(items.get(i).id())) {
                        errors.add(error("question.findings[" + i + "].id", "must be findingIds[" + i + "] ('"
                                + ids.get(i) + "')"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors.size() == 1
                    ? "'" + errors.get(0).field() + "' " + errors.get(0).message()
                    : errors.size() + " fields of the question are invalid", errors));
        }
    }

    private void checkIds(QuestionKind kind, List<String> ids, List<Problem.FieldError> errors) {
        String field = "question.findingIds";
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !places.containsKey(ids.get(i))) {
                errors.add(error(field + "[" + i + "]", "'" + ids.get(i) + "' is not a finding the interview asks about"
                        + " (see the question groups of GET /api/v1/findings and the interview)"));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        switch (kind) {
            case age, duration -> {
                if (!ids.isEmpty()) {
                    errors.add(error(field, "must be empty for a question of kind '" + kind + "'"));
                }
            }
            case finding -> {
                if (ids.size() != 1) {
                    errors.add(error(field, "must hold exactly one finding id for a question of kind 'finding'"));
                }
            }
            case findings -> {
                if (ids.size() < 2) {
                    errors.add(error(field, "must hold two or more finding ids for a question of kind 'findings'"));
                    return;
                }
                for (QuestionGroup group : groups) {
                    int previous = -1;
                    boolean inOrder = true;
                    for (String id : ids) {
                        int at = group.findingIds().indexOf(id);
                        inOrder &= at > previous;
                        previous = Math.max(previous, at);
                    }
                    if (inOrder) {
                        return;
                    }
                }
                errors.add(error(field, "is not a question the interview asks: its findings must come from one"
                        + " question group, each once, in the group's order, as nextQuestion gives them"));
            }
        }
    }

    private static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
