package health.backspasm.assessment;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.Cause;
import health.backspasm.knowledge.Confidence;
import health.backspasm.knowledge.EvidenceGrade;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.Phase;
import health.backspasm.knowledge.Remedy;
import health.backspasm.knowledge.RemedyKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Chooses and orders the remedies of an assessment.
 * <ul>
 * <li>Which: the remedies of the leading causes; at low confidence instead the general remedies, with
 * the medical assessment of a leading cause that needs a doctor. A remedy is left out when every
 * finding it addresses is answered absent (its reason was denied), or when its evidence is weaker than
 * the caller accepts. When nothing is left, the general remedies.</li>
 * <li>Order: sellers' claims ({@code vendor_claim}) after every other remedy; then by phase (acute first
 * while the pain is recent, recovery next, prevention last), then by evidence (guideline before
 * article), then by the rank of the best leading cause served, then file order.</li>
 * </ul>
 * The remedies of each cause are resolved to their place in the file once, at start-up, so a request
 * only sorts small numbers.
 */
final class RemedyPlanner {

    /** Phase, evidence and cause rank are packed into one sort key above the file position. */
    private static final int POSITIONS = 65_536;

    private final Knowledge knowledge;
    private final List<Remedy> remedies;
    /** For each cause of the knowledge (by identity), the file positions of its remedies, in its order. */
    private final Map<Cause, int[]> remediesOf;
    /** The file positions of the general remedies. */
    private final int[] general;

    RemedyPlanner(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.remedies = knowledge.remedies().all();
        List<String> ids = remedies.stream().map(Remedy::id).toList();
        this.remediesOf = knowledge.causes().all().stream().collect(Collectors.toMap(Function.identity(),
                c -> c.remedyIds().stream().mapToInt(ids::indexOf).toArray(), (a, b) -> a,
                IdentityHashMap::new));
        this.general = IntStream.range(0, remedies.size())
                .filter(r -> remedies.get(r).general()).toArray();
    }

    /**
     * The remedies for a case whose leading causes (best first) have this confidence, keeping only those
     * backed at least as well as {@code weakest}.
     */
    List<RecommendedRemedy> plan(List<Cause> leadingCauses, Confidence confidence, CaseFacts facts,
            EvidenceGrade weakest) {
        int n = remedies.size();
        boolean[] chosen = new boolean[n];
        int[] bestRank = new int[n];
        Arrays.fill(bestRank, leadingCauses.size());
        for (int rank = leadingCauses.size() - 1; rank >= 0; rank--) {
            Cause cause = leadingCauses.get(rank);
            for (int r : remediesOf.get(cause)) {
                bestRank[r] = rank;
                Remedy remedy = remedies.get(r);
                chosen[r] |= confidence != Confidence.low
                        || remedy.kind() == RemedyKind.medical && cause.needsDoctor();
            }
        }
        if (confidence == Confidence.low) {
            for (int r : general) {
                chosen[r] = true;
            }
        }
        int count = keep(chosen, facts, weakest);
        if (count == 0) {
            for (int r : general) {
                chosen[r] = true;
            }
            count = keep(chosen, facts, weakest);
        }
        boolean recent = facts.durationDays() == null || facts.durationDays() <= knowledge.acutePhase().maxDays();
        long[] keys = new long[count];
        int k = 0;
        for (int r = 0; r < n; r++) {
            if (chosen[r]) {
                Remedy remedy = remedies.get(r);
                int claim = remedy.evidence() == EvidenceGrade.vendor_claim ? 1 : 0;
                keys[k++] = ((((long) claim * 4 + phaseOrder(remedy.phase(), recent)) * 4
                        + remedy.evidence().ordinal()) * 64 + bestRank[r]) * POSITIONS + r;
            }
        }
        Arrays.sort(keys);
        List<RecommendedRemedy> plan = new ArrayList<>(count);
        for (long key : keys) {
            Remedy remedy = remedies.get((int) (key % POSITIONS));
            plan.add(new RecommendedRemedy(remedy.id(), remedy.name(), remedy.instructions(), remedy.kind(),
                    remedy.phase(), remedy.evidence(), remedy.general(), remedy.cautions(),
                    served(remedy, leadingCauses), answered(remedy, facts)));
        }
        return plan;
    }

    /** Unmarks the remedies whose reason was denied or whose evidence is too weak; the number left. */
    private int keep(boolean[] chosen, CaseFacts facts, EvidenceGrade weakest) {
        int count = 0;
        for (int r = 0; r < chosen.length; r++) {
            Remedy remedy = remedies.get(r);
            chosen[r] &= remedy.evidence().compareTo(weakest) <= 0 && !denied(remedy, facts);
            count += chosen[r] ? 1 : 0;
        }
        return count;
    }

    /** Whether the person has answered every finding the remedy addresses absent. */
    private static boolean denied(Remedy remedy, CaseFacts facts) {
        if (remedy.addresses().isEmpty()) {
            return false;
        }
        for (String id : remedy.addresses()) {
            if (facts.state(id) != FindingState.absent) {
                return false;
            }
        }
        return true;
    }

    private static List<String> served(Remedy remedy, List<Cause> leadingCauses) {
        List<String> ids = new ArrayList<>(leadingCauses.size());
        for (Cause cause : leadingCauses) {
            if (remedy.causeIds().contains(cause.id())) {
                ids.add(cause.id());
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> answered(Remedy remedy, CaseFacts facts) {
        List<String> ids = new ArrayList<>(remedy.addresses().size());
        for (String id : remedy.addresses()) {
            if (facts.isPresent(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static int phaseOrder(Phase phase, boolean recent) {
        if (phase == Phase.prevention) {
            return 2;
        }
        boolean first = recent ? phase == Phase.acute : phase == Phase.recovery;
        return first ? 0 : 1;
    }
}
