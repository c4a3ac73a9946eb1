package health.backspasm.knowledge;

import java.util.List;

/**
 * A remedy for one or more causes, graded by the evidence behind it. {@code general}: one of the
 * general guideline-backed remedies for back spasm, given whatever the cause (and alone when the
 * ranking of causes is unsure). {@code addresses}: the findings that are the remedy's reason (lifting
 * with the knees addresses lifting); when every one of them is answered absent, the remedy does not
 * fit the case. Empty when the remedy's reason is the cause itself.
 */
public record Remedy(
        String id,
        String name,
        String instructions,
        RemedyKind kind,
        Phase phase,
        EvidenceGrade evidence,
        boolean general,
        List<String> cautions,
        List<String> causeIds,
        List<String> addresses,
        List<String> sourceIds) {
}
