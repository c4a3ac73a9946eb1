package health.backspasm.catalogue;

import health.backspasm.knowledge.Cause;
import health.backspasm.knowledge.Codes;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cause as the catalogue shows it. The evidence is split by the direction a finding moves the
 * cause when it is reported present, so a reader sees at once what points to the cause and what
 * against it.
 */
@Schema(name = "Cause", requiredProperties = {"id", "name", "summary", "needsDoctor", "pointsTo",
        "pointsAgainst", "remedyIds", "sourceIds"}, description = "A cause of back spasms, with the findings that bear on it.")
record CauseView(
        @Schema(example = CatalogueExamples.CAUSE_ID) String id,
        String name,
        String summary,
        @Schema(description = "True when this cause needs a doctor's examination") boolean needsDoctor,
        @Schema(description = "Findings that point to the cause when present, strongest first") List<Weight> pointsTo,
        @Schema(description = "Findings that point against the cause when present, strongest first")
        List<Weight> pointsAgainst,
        @Schema(description = "Remedies for this cause, in the order of remedies.yaml") List<String> remedyIds,
        List<String> sourceIds,
        @Schema(description = "Codes of health records that mean this cause (codes.yaml)") List<CodeView> codes) {

    /** How one finding moves the cause: natural-log likelihood ratios, 0 when it says nothing. */
    @Schema(name = "FindingLikelihood", requiredProperties = {"id", "present", "absent"},
            description = "The weights of one finding for one cause in the catalogue: natural-log likelihood"
            + " ratios added to the cause's log-odds when the finding is reported present or absent. (An"
            + " assessment's FindingWeight is the weight one answer of a case actually added.)")
    record Weight(
            @Schema(description = "The finding id (GET /api/v1/findings/{id}).", example = "onset.twisting_pulling")
            String id,
            @Schema(description = "Added to the cause's log-odds when the finding is present.", example = "1.6")
            double present,
            @Schema(description = "Added to the cause's log-odds when the finding is absent.", example = "-0.3")
            double absent) {
    }

    static CauseView of(Cause c, Codes codes) {
        List<Weight> weights = c.evidence().stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.present()), Math.abs(a.present())))
                .map(e -> new Weight(e.findingId(), e.present(), e.absent()))
                .toList();
        return new CauseView(c.id(), c.name(), c.summary(), c.needsDoctor(),
                weights.stream().filter(CauseView::pointsTo).toList(),
                weights.stream().filter(w -> !pointsTo(w)).toList(),
                List.copyOf(c.remedyIds()), List.copyOf(c.sourceIds()), CodeView.of(codes, c.id()));
    }

    /** A finding points to a cause when its presence raises it, or (weighing only in absence) its absence lowers it. */
    private static boolean pointsTo(Weight w) {
        return w.present() > 0 || (w.present() == 0 && w.absent() < 0);
    }
}
