package health.backspasm.knowledge;

import java.util.List;

/**
 * A warning sign with the urgency it demands. {@code rule} is the compiled condition;
 * {@code findingIds} lists every finding the rule reads, in the order the rule names them.
 */
public record RedFlag(
        String id,
        String name,
        Urgency urgency,
        Rule rule,
        String ruleText,
        List<String> findingIds,
        String advice,
        List<String> sourceIds) {
}
