package health.backspasm.knowledge;

import java.util.List;

/** A self-care remedy for one or more causes, graded by the evidence behind it. */
public record Remedy(
        String id,
        String name,
        String instructions,
        Phase phase,
        EvidenceGrade evidence,
        List<String> cautions,
        List<String> causeIds,
        List<String> sourceIds) {
}
