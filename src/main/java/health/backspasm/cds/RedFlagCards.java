package health.backspasm.cds;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.cds.Card.Indicator;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.Urgency;
import health.backspasm.screening.RedFlagStatus;
import health.backspasm.screening.Screening;
import health.backspasm.screening.ScreeningEngine;
import health.backspasm.screening.TriggeredRedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The cards of the patient-view service: the record screened by the {@link ScreeningEngine} (no rule of
 * its own), plus red flags the record codes as such. A critical card for an emergency, a warning for
 * urgent, and an info card listing the red-flag questions the record cannot answer. No card when the
 * record shows no back pain.
 */
final class RedFlagCards {

    private final Knowledge knowledge;
    private final ScreeningEngine engine;
    private final CardWriter writer;

    RedFlagCards(Knowledge knowledge, ScreeningEngine engine) {
        this.knowledge = knowledge;
        this.engine = engine;
        this.writer = new CardWriter(knowledge);
    }

    /** The red flags of the record, most urgent first: the screening's and the coded ones. */
    Assessment assess(PatientRecord record) {
        Screening screening = engine.screen(record.facts());
        List<TriggeredRedFlag> flags = new ArrayList<>();
        Urgency level = screening.level();
        for (String id : record.codedRedFlags()) {
            RedFlag flag = knowledge.redFlags().byId().get(id);
            if (flag != null && screening.redFlags().stream().noneMatch(f -> f.id().equals(id))) {
                flags.add(new TriggeredRedFlag(flag.id(), flag.name(), flag.urgency(), RedFlagStatus.confirmed,
                        flag.urgency(), List.of(), flag.advice()));
                level = Urgency.max(level, flag.urgency());
            }
        }
        flags.addAll(screening.redFlags());
        flags.sort((a, b) -> b.level().compareTo(a.level()));
        List<CaseQuestion> questions = level == Urgency.emergency ? List.of() : screening.pendingQuestions();
        return new Assessment(level, flags, questions);
    }

    /** The level, the red flags and the open questions of a record. */
    record Assessment(Urgency level, List<TriggeredRedFlag> flags, List<CaseQuestion> openQuestions) {

        List<TriggeredRedFlag> atLeast(Urgency urgency) {
            return flags.stream().filter(f -> !urgency.isAbove(f.level())).toList();
        }
    }

    boolean showsBackPain(PatientRecord record) {
        return knowledge.codes().backPainFindings().stream().anyMatch(record::shows);
    }

    List<Card> cards(PatientRecord record) {
        if (!showsBackPain(record)) {
            return List.of();
        }
        Assessment a = assess(record);
        List<Card> cards = new ArrayList<>();
        if (a.level() == Urgency.emergency || a.level() == Urgency.urgent) {
            List<TriggeredRedFlag> serious = a.atLeast(Urgency.urgent);
            String title = knowledge.level(a.level()).title();
            String summary = CardWriter.summary(title + ": back pain with " + serious.get(0).name().toLowerCase()
                    + (serious.size() > 1 ? " (and " + (serious.size() - 1) + " more red flags)" : ""));
            String detail = "The record shows back pain with "
                    + (serious.size() == 1 ? "a red flag" : serious.size() + " red flags") + ":\n\n"
                    + CardWriter.flagList(serious) + "\n**" + title + "** (" + knowledge.level(a.level()).timeFrame()
                    + "): " + knowledge.level(a.level()).advice().strip() + "\n\nWhat the record shows: "
                    + writer.shownFindings(record) + ".";
            List<String> sources = writer.sourcesOf(serious);
            cards.add(new Card(UUID.randomUUID().toString(), summary, detail,
                    a.level() == Urgency.emergency ? Indicator.critical : Indicator.warning,
                    writer.source("backspasm red-flag screening", sources), List.of(), null, List.of(),
                    writer.links(sources)));
        }
        if (!a.openQuestions().isEmpty()) {
            cards.add(questionsCard(record, a));
        }
        return cards;
    }

    private Card questionsCard(PatientRecord record, Assessment a) {
        StringBuilder md = new StringBuilder("The record shows back pain, but it cannot answer these red-flag"
                + " questions. Ask the patient:\n\n");
        a.openQuestions().forEach(q -> md.append("- ").append(writer.ask(q)).append('\n'));
        List<TriggeredRedFlag> minor = a.flags().stream().filter(f -> f.level() == Urgency.consult).toList();
        if (!minor.isEmpty()) {
            md.append("\nAlso in the record:\n\n").append(CardWriter.flagList(minor));
        }
        md.append("\nWhat the record shows: ").append(writer.shownFindings(record)).append('.');
        List<String> sources = new ArrayList<>(List.of("source.nice_cks_low_back_pain", "source.nice_ng59"));
        sources.addAll(writer.sourcesOf(minor));
        sources.retainAll(knowledge.sources().byId().keySet());
        return new Card(UUID.randomUUID().toString(),
                CardWriter.summary("Back pain: ask the " + a.openQuestions().size()
                        + " red-flag questions the record cannot answer"),
                md.toString(), Indicator.info, writer.source("backspasm red-flag screening", sources), List.of(),
                null, List.of(), writer.links(sources.stream().distinct().toList()));
    }
}
