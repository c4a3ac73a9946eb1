package health.backspasm.assessment;

import health.backspasm.knowledge.Cause;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Remedy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders the remedies of the leading causes: by phase (acute first while the pain is recent, recovery
 * next, prevention last), then by evidence (guideline, article, vendor claim), then by the rank of the
 * best leading cause they serve, then file order. Each remedy appears once. The remedies of each cause
 * are resolved to their place in the file once, at start-up, so a request only sorts small numbers.
 */
final class RemedyPlanner {

    private final Knowledge knowledge;
    private final List<Remedy> remedies;
    /** For each cause of the knowledge (by identity), the file positions of its remedies, in its order. */
    private final Map<Cause, int[]> remediesOf;

    RemedyPlanner(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.remedies = knowledge.remedies().all();
        List<String> ids = remedies.stream().map(Remedy::id).toList();
        this.remediesOf = knowledge.causes().all().stream().collect(Collectors.toMap(Function.identity(),
                c -> c.remedyIds().stream().mapToInt(ids::indexOf).toArray(), (a, b) -> a,
                IdentityHashMap::new));
    }

    List<RecommendedRemedy> plan(List<Cause> leadingCauses, Integer durationDays) {
        boolean recent = durationDays == null || durationDays <= knowledge.acutePhase().maxDays();
        int n = remedies.size();
        int[] bestRank = new int[n];
        Arrays.fill(bestRank, -1);
        List<List<String>> served = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            served.add(null);
        }
        int count = 0;
        for (int rank = 0; rank < leadingCauses.size(); rank++) {
            Cause cause = leadingCauses.get(rank);
            for (int r : remediesOf.get(cause)) {
                if (bestRank[r] < 0) {
                    bestRank[r] = rank;
                    served.set(r, new ArrayList<>(2));
                    count++;
                }
                served.get(r).add(cause.id());
            }
        }
        // One sort key per remedy: phase, then evidence, then the best rank, then the file position.
        long[] keys = new long[count];
        int k = 0;
        for (int r = 0; r < n; r++) {
            if (bestRank[r] >= 0) {
                Remedy remedy = remedies.get(r);
                keys[k++] = (((long) phaseOrder(remedy.phase(), recent) * 8 + remedy.evidence().ordinal()) * 1024
                        + bestRank[r]) * 65_536 + r;
            }
        }
        Arrays.sort(keys);
        List<RecommendedRemedy> plan = new ArrayList<>(count);
        for (long key : keys) {
            int r = (int) (key % 65_536);
            Remedy remedy = remedies.get(r);
            plan.add(new RecommendedRemedy(remedy.id(), remedy.name(), remedy.instructions(), remedy.phase(),
                    remedy.evidence(), remedy.cautions(), List.copyOf(served.get(r))));
        }
        return plan;
    }

    private static int phaseOrder(Phase phase, boolean recent) {
        if (phase == Phase.prevention) {
            return 2;
        }
        boolean first = recent ? phase == Phase.acute : phase == Phase.recovery;
        return first ? 0 : 1;
    }
}
