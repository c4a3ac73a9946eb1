package health.backspasm.knowledge;

import java.util.List;

/**
 * A warning sign with the urgency it demands. {@code rule} is the compiled condition;
 * {@code findingIds} lists every finding the rule reads, in the order the rule names them.
 * {@code unconfirmedAdvice} is what to do when the sign could not be ruled out (the rule would fire
 * only if the case's {@code unknown} findings were present); {@code statements} are the guideline
 * statements the flag implements.
 */
public record RedFlag(
        String id,
        String name,
        Urgency urgency,
        Rule rule,
        String ruleText,
        List<String> findingIds,
        String advice,
        String unconfirmedAdvice,
        List<String> sourceIds,
        List<GuidelineStatement> statements) {

    /**
     * The level this flag sets when it is unconfirmed: one step below its urgency, never below
     * {@code consult} (clinical-red-flags.md, "I don't know is not no").
     */
    public Urgency unconfirmedLevel() {
        return urgency.compareTo(Urgency.urgent) >= 0 ? Urgency.values()[urgency.ordinal() - 1] : Urgency.consult;
    }
}
