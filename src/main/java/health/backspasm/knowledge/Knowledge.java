package health.backspasm.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The whole knowledge model: loaded and checked once at start-up by {@link KnowledgeLoader},
 * immutable afterwards. {@code contentHash} is the SHA-256 of every knowledge file, so any edit
 * changes the {@link #etag()}. {@code negation} holds the words the free-text interpreter reads around
 * findings. {@code confidence} and {@code interview} are the settings of assessment.yaml: how sure a
 * ranking of causes is, and the interview's question cap; {@code codes} the clinical codes of health records (codes.yaml) that the CDS Hooks services read.
 */
public record Knowledge(
        String version,
        String contentHash,
        String disclaimer,
        Entries<Source> sources,
        Entries<Finding> findings,
        Entries<Cause> causes,
        Entries<Remedy> remedies,
        Entries<RedFlag> redFlags,
        Map<Urgency, TriageLevel> levels,
        List<QuestionGroup> questionGroups,
        Question ageQuestion,
        Question durationQuestion,
        Entries<Phrases> phrases,
        Negation negation,
        AcutePhase acutePhase,
        ConfidenceLevels confidence,
        InterviewLimits interview,
        Codes codes) {

    /** A strong HTTP entity tag for every catalogue response of this model. */
    public String etag() {
        return "\"" + version + "-" + contentHash.substring(0, 16) + "\"";
    }

    public TriageLevel level(Urgency urgency) {
        return levels.get(urgency);
    }
}
