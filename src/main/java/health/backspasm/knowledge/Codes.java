package health.backspasm.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinical codes of codes.yaml, indexed: what a FHIR code means in the vocabulary, the codes of
 * each vocabulary id (for the catalogue), the measurements and medications that show a finding, the
 * imaging orders the CDS Hooks service rates and what it says about them. Immutable.
 */
public record Codes(
        List<ClinicalCode> all,
        List<String> backPainFindings,
        List<ObservationRule> observations,
        List<MedicationRule> medications,
        List<ImagingOrder> imagingOrders,
        ImagingGuidance imagingGuidance) {

    /** A measurement (by its codes' {@code means}) that shows {@code findingId} at or over {@code atLeast}. */
    public record ObservationRule(String findingId, String label, double atLeast, String unit, int withinDays,
            List<String> sourceIds) {
    }

    /** A medication (by its codes' {@code means}) that shows {@code findingId} once taken for {@code minimumDays}. */
    public record MedicationRule(String findingId, String label, int minimumDays, List<String> sourceIds) {
    }

    /** An imaging order the lumbar imaging service rates. */
    public record ImagingOrder(String id, String label, String modality) {
    }

    /** What the lumbar imaging service says, by what the record shows. */
    public record ImagingGuidance(Advice noRedFlag, Advice emergency, Advice redFlag,
            List<OverrideReason> overrideReasons) {
    }

    /** A card's text: a summary under 140 characters, a Markdown detail, and its sources. */
    public record Advice(String summary, String detail, List<String> sourceIds) {
    }

    /** A reason a clinician may give for overriding a card. */
    public record OverrideReason(String code, String display) {
    }

    public Codes {
        all = List.copyOf(all);
        backPainFindings = List.copyOf(backPainFindings);
        observations = List.copyOf(observations);
        medications = List.copyOf(medications);
        imagingOrders = List.copyOf(imagingOrders);
    }

    /** The code entry that {@code code} of {@code system} matches, the most specific first; empty when none. */
    public Optional<ClinicalCode> find(String system, String code) {
        ClinicalCode best = null;
        for (ClinicalCode c : all) {
            if (c.matches(system, code) && (best == null || c.code().length() > best.code().length())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every code that means {@code id}, in file order; empty when none. */
    public List<ClinicalCode> codesFor(String id) {
        return byMeaning().getOrDefault(id, List.of());
    }

    public boolean isImagingOrder(String id) {
        return imagingOrders.stream().anyMatch(o -> o.id().equals(id));
    }

    public Optional<ImagingOrder> imagingOrder(String id) {
        return imagingOrders.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    private Map<String, List<ClinicalCode>> byMeaning() {
        Map<String, List<ClinicalCode>> index = new HashMap<>();
        for (ClinicalCode c : all) {
            index.computeIfAbsent(c.means(), k -> new ArrayList<>()).add(c);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return index;
    }
}
