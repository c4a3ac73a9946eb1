package health.backspasm.assessment;

import health.backspasm.knowledge.Cause;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Remedy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the remedies of the leading causes: by phase (acute first while the pain is recent, recovery
 * next, prevention last), then by evidence (guideline, article, vendor claim), then by the rank of the
 * best leading cause they serve, then file order. Each remedy appears once.
 */
final class RemedyPlanner {

    private final Knowledge knowledge;
    private final Map<String, Integer> fileOrder = new LinkedHashMap<>();

    RemedyPlanner(Knowledge knowledge) {
        this.knowledge = knowledge;
        List<Remedy> all = knowledge.remedies().all();
        for (int i = 0; i < all.size(); i++) {
            fileOrder.put(all.get(i).id(), i);
        }
    }

    List<RecommendedRemedy> plan(List<Cause> leadingCauses, Integer durationDays) {
        boolean recent = durationDays == null || durationDays <= knowledge.acutePhase().maxDays();
        Map<String, List<String>> servedCauses = new LinkedHashMap<>();
        Map<String, Integer> bestRank = new LinkedHashMap<>();
        for (int rank = 0; rank < leadingCauses.size(); rank++) {
            Cause cause = leadingCauses.get(rank);
            for (String remedyId : cause.remedyIds()) {
                servedCauses.computeIfAbsent(remedyId, k -> new ArrayList<>()).add(cause.id());
                bestRank.putIfAbsent(remedyId, rank);
            }
        }
        List<Remedy> remedies = new ArrayList<>();
        servedCauses.keySet().forEach(id -> remedies.add(knowledge.remedies().byId().get(id)));
        remedies.sort(Comparator.<Remedy>comparingInt(r -> phaseOrder(r.phase(), recent))
                .thenComparing(Remedy::evidence)
                .thenComparingInt(r -> bestRank.get(r.id()))
                .thenComparingInt(r -> fileOrder.get(r.id())));
        return remedies.stream()
                .map(r -> new RecommendedRemedy(r.id(), r.name(), r.instructions(), r.phase(), r.evidence(),
                        r.cautions(), List.copyOf(servedCauses.get(r.id()))))
                .toList();
    }

    private static int phaseOrder(Phase phase, boolean recent) {
        if (phase == Phase.prevention) {
            return 2;
        }
        boolean first = recent ? phase == Phase.acute : phase == Phase.recovery;
        return first ? 0 : 1;
    }
}
