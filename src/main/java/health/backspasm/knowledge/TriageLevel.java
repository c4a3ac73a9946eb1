package health.backspasm.knowledge;

import java.util.List;

/** What a triage level means for the person, and what to do. */
public record TriageLevel(Urgency level, String title, String timeFrame, String advice, List<String> sourceIds) {
}
