package health.backspasm.screening;

import health.backspasm.cases.CaseFacts;
import health.backspasm.cases.FindingState;
import health.backspasm.knowledge.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a red-flag {@link Rule} on a case in three-valued logic, and names the unanswered items
 * (finding ids, {@link #AGE}, {@link #DURATION}) whose answers could still make an undecided rule
 * true. A finding is TRUE when present, FALSE when absent, UNKNOWN when not asked; a finding answered
 * {@code unknown} ("not sure") is FALSE as the case stands and TRUE when {@code doubtAsPresent}: the
 * reading that tells whether a red flag is unconfirmed. {@code notPresent} is TRUE unless the finding
 * is present (or doubted, read as present), asked or not, which can only raise the level before the
 * question is answered.
 */
final class RuleEvaluator {

    /** The open item for the case's age; cannot clash with finding ids, which contain a dot. */
    static final String AGE = "age";
    /** The open item for the case's durationDays. */
    static final String DURATION = "durationDays";

    private RuleEvaluator() {
    }

    /** The rule on the case as it stands: a finding answered unknown is not present. */
    static Truth evaluate(Rule rule, CaseFacts facts) {
        return evaluate(rule, facts, false);
    }

    static Truth evaluate(Rule rule, CaseFacts facts, boolean doubtAsPresent) {
        if (rule instanceof Rule.Present p) {
            return finding(facts, p.findingId(), doubtAsPresent);
        }
        if (rule instanceof Rule.NotPresent n) {
            // Conservative: a finding not yet asked counts as not present, so a rule such as "a first
            // episode at 50 or over" fires before the person has said whether spasms recur.
            FindingState state = facts.state(n.findingId());
            return Truth.of(state != FindingState.present && !(doubtAsPresent && state == FindingState.unknown));
        }
        if (rule instanceof Rule.AllOf all) {
            Truth result = Truth.TRUE;
            for (Rule r : all.rules()) {
                Truth t = evaluate(r, facts, doubtAsPresent);
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
                Truth t = evaluate(r, facts, doubtAsPresent);
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
     * when the rule is already TRUE or FALSE, so an item a decided branch reads is never asked. One pass
     * over the rule: each branch's items are kept only while the branch is undecided.
     */
    static void openItems(Rule rule, CaseFacts facts, boolean doubtAsPresent, Set<String> into) {
        List<String> open = new ArrayList<>();
        if (collectOpen(rule, facts, doubtAsPresent, open) == Truth.UNKNOWN) {
            into.addAll(open);
        }
    }

    /** The rule's truth, with the open items of its undecided branches appended to {@code open}. */
    private static Truth collectOpen(Rule rule, CaseFacts facts, boolean doubtAsPresent, List<String> open) {
        int mark = open.size();
        if (rule instanceof Rule.AllOf all) {
            Truth result = Truth.TRUE;
            for (Rule r : all.rules()) {
                Truth t = collectOpen(r, facts, doubtAsPresent, open);
                if (t == Truth.FALSE) {
                    truncate(open, mark);
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
                Truth t = collectOpen(r, facts, doubtAsPresent, open);
                if (t == Truth.TRUE) {
                    truncate(open, mark);
                    return Truth.TRUE;
                }
                if (t == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }
        Truth t = evaluate(rule, facts, doubtAsPresent);
        if (t == Truth.UNKNOWN) {
            if (rule instanceof Rule.Present p) {
                open.add(p.findingId());
            } else if (rule instanceof Rule.AgeRange) {
                open.add(AGE);
            } else if (rule instanceof Rule.DurationRange) {
                open.add(DURATION);
            }
        }
        return t;
    }

    private static void truncate(List<String> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    /**
     * Adds to {@code into} the findings answered unknown that a rule needs in order to fire when doubted
     * findings are read as present: what could not be ruled out. Call it on a rule that is TRUE in that
     * reading and not TRUE as the case stands.
     */
    static void doubtedFindings(Rule rule, CaseFacts facts, Set<String> into) {
        if (rule instanceof Rule.Present p) {
            if (facts.state(p.findingId()) == FindingState.unknown) {
                into.add(p.findingId());
            }
        } else if (rule instanceof Rule.AllOf all) {
            all.rules().forEach(r -> doubtedFindings(r, facts, into));
        } else if (rule instanceof Rule.AnyOf any && evaluate(any, facts) != Truth.TRUE) {
            any.rules().stream().filter(r -> evaluate(r, facts, true) == Truth.TRUE)
                    .forEach(r -> doubtedFindings(r, facts, into));
        }
    }

    private static Truth finding(CaseFacts facts, String findingId, boolean doubtAsPresent) {
        FindingState state = facts.state(findingId);
        if (state == null) {
            return Truth.UNKNOWN;
        }
        return Truth.of(state == FindingState.present || doubtAsPresent && state == FindingState.unknown);
    }

    private static Truth range(Integer value, Integer min, Integer max) {
        if (value == null) {
            return Truth.UNKNOWN;
        }
        return Truth.of((min == null || value >= min) && (max == null || value <= max));
    }
}
