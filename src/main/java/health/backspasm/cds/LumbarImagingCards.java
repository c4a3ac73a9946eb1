package health.backspasm.cds;

import health.backspasm.cases.CaseQuestion;
import health.backspasm.cds.Card.Action;
import health.backspasm.cds.Card.Coding;
import health.backspasm.cds.Card.Indicator;
import health.backspasm.cds.Card.Suggestion;
import health.backspasm.knowledge.Codes.Advice;
import health.backspasm.knowledge.Codes.ImagingGuidance;
import health.backspasm.knowledge.Codes.ImagingOrder;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Urgency;
import health.backspasm.screening.TriggeredRedFlag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The cards of the order-select service for lumbar spine imaging, rated against NICE NG59 and the red
 * flags of the record and the order's reasons (screened by {@link RedFlagCards}, so by the screening
 * engine): an emergency red flag gives a critical card (emergency MRI, same-day referral); another red
 * flag an info card (imaging may be justified, same-day assessment); none a warning card suggesting
 * to remove the draft order, with override reasons. No card when neither shows back pain.
 */
final class LumbarImagingCards {

    /** The code system of the override reasons this service offers. */
    static final String OVERRIDE_REASON_SYSTEM = "https://backspasm.health/cds/override-reason";

    private final Knowledge knowledge;
    private final RedFlagCards redFlags;
    private final CardWriter writer;

    LumbarImagingCards(Knowledge knowledge, RedFlagCards redFlags) {
        this.knowledge = knowledge;
        this.redFlags = redFlags;
        this.writer = new CardWriter(knowledge);
    }

    /** A selected draft order for lumbar imaging: its reference ({@code ServiceRequest/id}) and what it is. */
    record SelectedImaging(String reference, ImagingOrder order) {
    }

    List<Card> cards(List<SelectedImaging> orders, PatientRecord record) {
        if (orders.isEmpty() || !redFlags.showsBackPain(record)) {
            return List.of();
        }
        RedFlagCards.Assessment a = redFlags.assess(record);
        ImagingGuidance guidance = knowledge.codes().imagingGuidance();
        String ordered = String.join(", ", orders.stream().map(o -> o.order().label()).distinct().toList());
        if (a.level() == Urgency.emergency) {
            List<TriggeredRedFlag> flags = a.atLeast(Urgency.emergency);
            return List.of(card(guidance.emergency(), Indicator.critical, ordered, flags, List.of(), record,
                    List.of(), List.of()));
        }
        if (a.level() == Urgency.urgent) {
            return List.of(card(guidance.redFlag(), Indicator.info, ordered, a.atLeast(Urgency.urgent),
                    a.openQuestions(), record, List.of(), List.of()));
        }
        List<Action> actions = orders.stream()
                .map(o -> new Action("delete", "Remove the draft order: " + o.order().label(), o.reference()))
                .toList();
        Suggestion remove = new Suggestion("Remove the draft imaging order", UUID.randomUUID().toString(), true,
                actions);
        List<Coding> reasons = guidance.overrideReasons().stream()
                .map(r -> new Coding(OVERRIDE_REASON_SYSTEM, r.code(), r.display())).toList();
        return List.of(card(guidance.noRedFlag(), Indicator.warning, ordered, a.flags(), a.openQuestions(), record,
                List.of(remove), reasons));
    }

    private Card card(Advice advice, Indicator indicator, String ordered, List<TriggeredRedFlag> flags,
            List<CaseQuestion> questions, PatientRecord record, List<Suggestion> suggestions, List<Coding> reasons) {
        StringBuilder md = new StringBuilder("Selected: ").append(ordered).append(".\n\n")
                .append(advice.detail().strip()).append('\n');
        if (!flags.isEmpty()) {
            md.append("\nRed flags:\n\n").append(CardWriter.flagList(flags));
        }
        if (!questions.isEmpty()) {
            md.append("\nThe record cannot answer these red-flag questions; ask the patient:\n\n");
            questions.forEach(q -> md.append("- ").append(writer.ask(q)).append('\n'));
        }
        md.append("\nWhat the record shows: ").append(writer.shownFindings(record)).append('.');
        LinkedHashSet<String> sources = new LinkedHashSet<>(advice.sourceIds());
        sources.addAll(writer.sourcesOf(flags));
        List<String> cited = new ArrayList<>(sources);
        return new Card(UUID.randomUUID().toString(), CardWriter.summary(advice.summary()), md.toString(), indicator,
                writer.source("backspasm lumbar imaging check", advice.sourceIds()), suggestions,
                suggestions.isEmpty() ? null : "at-most-one", reasons, writer.links(cited));
    }
}
