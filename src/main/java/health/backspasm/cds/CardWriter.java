package health.backspasm.cds;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.cases.FindingState;
import health.backspasm.cds.Card.CardLink;
import health.backspasm.cds.Card.CardSource;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Source;
import health.backspasm.screening.RedFlagStatus;
import health.backspasm.screening.TriggeredRedFlag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parts every card shares: summaries cut under 140 characters, Markdown lists, sources and links. */
final class CardWriter {

    static final int SUMMARY_MAX = 139;
    private static final int MAX_LINKS = 4;

    private final Knowledge knowledge;

    CardWriter(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    static String summary(String text) {
        return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1).stripTrailing() + "…";
    }

    /** A Markdown list of red flags: name, urgency and advice. */
    static String flagList(List<TriggeredRedFlag> flags) {
        StringBuilder md = new StringBuilder();
        for (TriggeredRedFlag f : flags) {
            md.append("- **").append(f.name()).append("** (").append(f.level())
                    .append(f.status() == RedFlagStatus.unconfirmed ? ", not ruled out" : "").append("): ")
                    .append(f.advice().strip()).append('\n');
        }
        return md.toString();
    }

    /** The sources the red flags cite, first the first flag's. */
    List<String> sourcesOf(List<TriggeredRedFlag> flags) {
        Set<String> ids = new LinkedHashSet<>();
        for (TriggeredRedFlag f : flags) {
            knowledge.redFlags().find(f.id()).ifPresent(flag -> ids.addAll(flag.sourceIds()));
        }
        return List.copyOf(ids);
    }

    /** The card's source: the first cited source that has a URL (a guideline), labelled by its title. */
    CardSource source(String label, List<String> sourceIds) {
        for (String id : sourceIds) {
            Source s = knowledge.sources().byId().get(id);
            if (s != null && s.url() != null) {
                return new CardSource(label + " (" + s.publisher() + ": " + s.title() + ")", s.url());
            }
        }
        return new CardSource(label, null);
    }

    /** Links to the cited sources that have a URL, at most four. */
    List<CardLink> links(List<String> sourceIds) {
        List<CardLink> links = new ArrayList<>();
        for (String id : sourceIds) {
            Source s = knowledge.sources().byId().get(id);
            if (s != null && s.url() != null && links.size() < MAX_LINKS) {
                links.add(new CardLink(s.title(), s.url(), "absolute"));
            }
        }
        return links;
    }

    /**
     * A red-flag question for a clinician: a group of findings as their labels (the group's own text is
     * written for a patient ticking boxes), a single finding or a number as its question.
     */
    String ask(CaseQuestion question) {
        if (question.findingIds() == null || question.findingIds().size() < 2) {
            return question.text().strip();
        }
        List<String> labels = new ArrayList<>();
        question.findingIds().forEach(id -> knowledge.findings().find(id).ifPresent(f -> labels.add(f.label())));
        return "Ask about: " + String.join("; ", labels);
    }

    /** The labels of the findings the record shows, as a Markdown sentence part. */
    String shownFindings(PatientRecord record) {
        List<String> labels = new ArrayList<>();
        record.findings().forEach((id, state) -> knowledge.findings().find(id)
                .ifPresent(f -> labels.add(f.label() + (state == FindingState.unknown
                        ? " (not settled by the record)" : ""))));
        labels.sort(String::compareTo);
        String age = record.age() == null ? "age not recorded" : "age " + record.age();
        return age + (labels.isEmpty() ? "" : "; " + String.join("; ", labels));
    }
}
