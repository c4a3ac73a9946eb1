package health.backspasm.screening;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.QuestionItem;
import health.backspasm.cases.QuestionKind;
import health.backspasm.knowledge.Finding;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.QuestionGroup;
import health.backspasm.knowledge.QuestionPurpose;
import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.TriageLevel;
import health.backspasm.knowledge.Urgency;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Screens a case against every red flag of the knowledge, in three states: a flag whose rule fires as
 * the case stands is confirmed and sets the level to its urgency; a flag that would fire only if the
 * findings answered {@code unknown} were present is unconfirmed and sets the level one step below its
 * urgency, never below consult ("I don't know" is not "no", clinical-red-flags.md). Plain and
 * immutable: the flag order and the question groups are prepared once, so a request only evaluates rules.
 */
@Singleton
public final class ScreeningEngine {

    private final Knowledge knowledge;
    private final List<RedFlag> flagsByUrgency;
    private final Map<String, TriggeredRedFlag> confirmedById;
    private final Map<String, String> findingLabels;
    private final List<QuestionGroup> redFlagGroups;
    private final Map<String, QuestionItem> items;

    public ScreeningEngine(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.flagsByUrgency = knowledge.redFlags().all().stream()
                .sorted(Comparator.comparing(RedFlag::urgency).reversed())
                .toList();
        this.confirmedById = knowledge.redFlags().all().stream()
                .collect(Collectors.toUnmodifiableMap(RedFlag::id, TriggeredRedFlag::confirmed));
        this.findingLabels = knowledge.findings().all().stream()
                .collect(Collectors.toUnmodifiableMap(Finding::id, Finding::label));
        this.redFlagGroups = knowledge.questionGroups().stream()
                .filter(g -> g.purpose() == QuestionPurpose.red_flag)
                .toList();
        this.items = knowledge.findings().all().stream()
                .collect(Collectors.toUnmodifiableMap(Finding::id, f -> new QuestionItem(f.id(), f.label(), f.question())));
    }

    public Screening screen(CaseFacts facts) {
        Urgency level = Urgency.self_care;
        List<TriggeredRedFlag> triggered = new ArrayList<>();
        // Without an answer "unknown", reading doubts as present changes nothing: one reading is enough.
        boolean doubts = facts.states().containsValue(FindingState.unknown);
        for (RedFlag flag : flagsByUrgency) {
            if (RuleEvaluator.evaluate(flag.rule(), facts) == Truth.TRUE) {
                triggered.add(confirmedById.get(flag.id()));
                level = Urgency.max(level, flag.urgency());
            } else if (doubts && RuleEvaluator.evaluate(flag.rule(), facts, true) == Truth.TRUE) {
                triggered.add(unconfirmed(flag, facts));
                level = Urgency.max(level, flag.unconfirmedLevel());
            }
        }
        // Most urgent first: by the level each sets, then by urgency (an unconfirmed emergency before a
        // confirmed urgent flag), then in knowledge order; the sort is stable.
        triggered.sort(Comparator.comparing(TriggeredRedFlag::level).thenComparing(TriggeredRedFlag::urgency)
                .reversed());
        TriageLevel description = knowledge.level(level);
        return new Screening(level, description.title(), description.timeFrame(), description.advice(), triggered,
                pendingQuestions(facts, level, doubts));
    }

    /** The open red-flag questions that could raise {@code level}, grouped as in questions.yaml. */
    private List<CaseQuestion> pendingQuestions(CaseFacts facts, Urgency level, boolean doubts) {
        if (level == Urgency.emergency) {
            return List.of();
        }
        Set<String> open = new HashSet<>();
        for (RedFlag flag : flagsByUrgency) {
            if (!flag.urgency().isAbove(level)) {
                break;
            }
            RuleEvaluator.openItems(flag.rule(), facts, false, open);
            if (doubts && flag.unconfirmedLevel().isAbove(level)) {
                RuleEvaluator.openItems(flag.rule(), facts, true, open);
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        List<CaseQuestion> questions = new ArrayList<>();
        for (QuestionGroup group : redFlagGroups) {
            CaseQuestion question = groupQuestion(group, open::contains);
            if (question != null) {
                questions.add(question);
            }
        }
        if (open.contains(RuleEvaluator.AGE)) {
            questions.add(new CaseQuestion(QuestionKind.age, knowledge.ageQuestion().text(), List.of()));
        }
        if (open.contains(RuleEvaluator.DURATION)) {
            questions.add(new CaseQuestion(QuestionKind.duration, knowledge.durationQuestion().text(), List.of()));
        }
        return questions;
    }

    private TriggeredRedFlag unconfirmed(RedFlag flag, CaseFacts facts) {
        Set<String> doubted = new LinkedHashSet<>();
        RuleEvaluator.doubtedFindings(flag.rule(), facts, doubted);
        List<String> ids = flag.findingIds().stream().filter(doubted::contains).toList();
        String labels = ids.stream().map(findingLabels::get).collect(Collectors.joining("; "));
        return TriggeredRedFlag.unconfirmed(flag, ids, "You were not sure about: " + labels + ".");
    }

    /**
     * The question that asks a group's findings accepted by {@code include}: one finding on its own
     * is asked with its own question; null when none is left.
     */
    public CaseQuestion groupQuestion(QuestionGroup group, Predicate<String> include) {
        List<String> ids = new ArrayList<>(group.findingIds().size());
        for (String id : group.findingIds()) {
            if (include.test(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        List<QuestionItem> shown = new ArrayList<>(ids.size());
        for (String id : ids) {
            shown.add(items.get(id));
        }
        if (ids.size() == 1) {
            return new CaseQuestion(QuestionKind.finding, shown.get(0).question(), ids, shown);
        }
        return new CaseQuestion(QuestionKind.findings, group.text(), ids, shown);
    }
}
