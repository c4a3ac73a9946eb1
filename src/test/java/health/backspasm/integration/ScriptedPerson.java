package health.backspasm.integration;

import java.util.Set;

/**
 * The truth about one person, as a chatbot would learn it: the message they type first, then
 * the answers they give to each interview question (a finding is present when it is in
 * {@code presentFindings}, absent otherwise).
 */
record ScriptedPerson(String message, int age, int durationDays, Set<String> presentFindings) {

    ScriptedPerson {
        presentFindings = Set.copyOf(presentFindings);
    }

    /** A lower-back strain from lifting, no red flags: the common case a chatbot meets. */
    static ScriptedPerson liftingStrain() {
        return new ScriptedPerson(
                "My lower back suddenly went into a spasm while lifting heavy boxes at work. "
                        + "It hurts more when I move. No numbness and no fever.",
                38, 2,
                Set.of("pain.lower_back", "onset.sudden", "onset.lifting", "lifting.heavy_objects",
                        "pain.worse_with_movement", "muscle.palpable_tension", "muscle.stiffness"));
    }

    boolean has(String findingId) {
        return presentFindings.contains(findingId);
    }

    String stateOf(String findingId) {
        return has(findingId) ? "present" : "absent";
    }
}
