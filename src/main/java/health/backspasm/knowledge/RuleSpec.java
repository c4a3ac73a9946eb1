package health.backspasm.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule as written in {@code red-flags.yaml}: an object with exactly one of these keys.
 *
 * <pre>
 * present: neuro.leg_weakness
 * notPresent: history.recurrent_spasms
 * anyPresent: [neuro.saddle_numbness, neuro.bladder_dysfunction]
 * allOf: [rule, rule]
 * anyOf: [rule, rule]
 * age: {min: 70}
 * durationDays: {min: 43}
 * </pre>
 */
public record RuleSpec(
        String present,
        String notPresent,
        List<String> anyPresent,
        List<RuleSpec> allOf,
        List<RuleSpec> anyOf,
        Range age,
        Range durationDays) {

    /** Inclusive bounds; either may be left out. */
    public record Range(Integer min, Integer max) {
    }

    /** Compiles the spec, or reports every problem in it through {@code problems}. */
    Rule compile(List<String> problems) {
        List<Rule> variants = new ArrayList<>();
        if (present != null) {
            variants.add(new Rule.Present(present));
        }
        if (notPresent != null) {
            variants.add(new Rule.NotPresent(notPresent));
        }
        if (anyPresent != null) {
            if (anyPresent.isEmpty()) {
                problems.add("'anyPresent' is empty");
            }
            variants.add(new Rule.AnyOf(anyPresent.stream().<Rule>map(Rule.Present::new).toList()));
        }
        if (allOf != null) {
            variants.add(new Rule.AllOf(compileAll(allOf, "allOf", problems)));
        }
        if (anyOf != null) {
            variants.add(new Rule.AnyOf(compileAll(anyOf, "anyOf", problems)));
        }
        if (age != null) {
            checkRange("age", age, problems);
            variants.add(new Rule.AgeRange(age.min(), age.max()));
        }
        if (durationDays != null) {
            checkRange("durationDays", durationDays, problems);
            variants.add(new Rule.DurationRange(durationDays.min(), durationDays.max()));
        }
        if (variants.size() != 1) {
            problems.add("a rule must have exactly one of present, notPresent, anyPresent, allOf, anyOf, age,"
                    + " durationDays; found " + variants.size());
            return variants.isEmpty() ? new Rule.AnyOf(List.of()) : variants.get(0);
        }
        return variants.get(0);
    }

    private static List<Rule> compileAll(List<RuleSpec> specs, String key, List<String> problems) {
        if (specs.size() < 2) {
            problems.add("'" + key + "' needs at least two rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (RuleSpec spec : specs) {
            if (spec == null) {
                problems.add("'" + key + "' holds an empty rule");
            } else {
                rules.add(spec.compile(problems));
            }
        }
        return rules;
    }

    private static void checkRange(String field, Range range, List<String> problems) {
        if (range.min() == null && range.max() == null) {
            problems.add("'" + field + "' needs min or max");
        } else if (range.min() != null && range.max() != null && range.min() > range.max()) {
            problems.add("'" + field + "' has min above max");
        }
    }

    static String rangeText(String field, Integer min, Integer max) {
        if (min != null && max != null) {
            return field + " " + min + " to " + max;
        }
        return min != null ? field + " >= " + min : field + " <= " + max;
    }
}
