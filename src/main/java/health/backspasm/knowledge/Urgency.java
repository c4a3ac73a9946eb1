package health.backspasm.knowledge;

/**
 * The four triage levels, lowest first. Constants are spelled exactly as on the wire so that
 * the JSON, the OpenAPI schema and the knowledge files share one spelling.
 */
public enum Urgency {
    self_care,
    consult,
    urgent,
    emergency;

    public boolean isAbove(Urgency other) {
        return compareTo(other) > 0;
    }

    public static Urgency max(Urgency a, Urgency b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
