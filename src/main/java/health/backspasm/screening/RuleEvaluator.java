package health.backspasm.screening;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.Rule;
import java.util.Set;

/**
 * Evaluates a red-flag {@link Rule} on a case in three-valued logic, and names the unanswered items
 * (finding ids, {@link #AGE}, {@link #DURATION}) whose answers could still make an undecided rule
 * true. A finding is TRUE when present, FALSE when absent or unknown, UNKNOWN when not asked;
 * {@code notPresent} is TRUE unless the finding is present, asked or not, which can only raise the
 * level before the question is answered.
 */
final class RuleEvaluator {

    /** The open item for the case's age; cannot clash with finding ids, which contain a dot. */
    static final String AGE = "age";
    /** The open item for the case's durationDays. */
    static final String DURATION = "durationDays";

    private RuleEvaluator() {
    }

    static Truth evaluate(Rule rule, CaseFacts facts) {
        if (rule instanceof Rule.Present p) {
            return finding(facts, p.findingId());
        }
        if (rule instanceof Rule.NotPresent n) {
            // Conservative: a finding not yet asked counts as not present, so a rule such as "a first
            // episode at 50 or over" fires before the person has said whether spasms recur.
            return Truth.of(facts.state(n.findingId()) != FindingState.present);
        }
        if (rule instanceof Rule.AllOf all) {
            Truth result = Truth.TRUE;
            for (Rule r : all.rules()) {
                Truth t = evaluate(r, facts);
                if (t == Truth.FALSE) {
                    return Truth.FALSE;
                }
                if (t == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }
        if (rule instanceof Rule.AnyOf any) {
            Truth result = Truth.FALSE;
            for (Rule r : any.rules()) {
                Truth t = evaluate(r, facts);
                if (t == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (t == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }
        if (rule instanceof Rule.AgeRange a) {
            return range(facts.age(), a.min(), a.max());
        }
        Rule.DurationRange d = (Rule.DurationRange) rule;
        return range(facts.durationDays(), d.min(), d.max());
    }

    /**
     * Adds to {@code into} every unanswered item that could still decide {@code rule}; adds nothing
     * when the rule is already TRUE or FALSE, so an item a decided branch reads is never asked.
     */
    static void openItems(Rule rule, CaseFacts facts, Set<String> into) {
        if (evaluate(rule, facts) != Truth.UNKNOWN) {
            return;
        }
        if (rule instanceof Rule.Present p) {
            into.add(p.findingId());
        } else if (rule instanceof Rule.AllOf all) {
            all.rules().forEach(r -> openItems(r, facts, into));
        } else if (rule instanceof Rule.AnyOf any) {
            any.rules().forEach(r -> openItems(r, facts, into));
        } else if (rule instanceof Rule.AgeRange) {
            into.add(AGE);
        } else {
            into.add(DURATION);
        }
    }

    private static Truth finding(CaseFacts facts, String findingId) {
        FindingState state = facts.state(findingId);
        return state == null ? Truth.UNKNOWN : Truth.of(state == FindingState.present);
    }

    private static Truth range(Integer value, Integer min, Integer max) {
        if (value == null) {
            return Truth.UNKNOWN;
        }
        return Truth.of((min == null || value >= min) && (max == null || value <= max));
    }
}
