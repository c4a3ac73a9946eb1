package health.backspasm.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A red-flag condition, compiled from the knowledge file. Findings count only when reported
 * {@code present}; {@code NotPresent} holds unless the finding is present.
 */
public sealed interface Rule {

    /** A readable form of the rule in vocabulary terms, for the catalogue. */
    String describe();

    record Present(String findingId) implements Rule {
        @Override
        public String describe() {
            return findingId;
        }
    }

    record NotPresent(String findingId) implements Rule {
        @Override
        public String describe() {
            return "not " + findingId;
        }
    }

    record AllOf(List<Rule> rules) implements Rule {
        public AllOf {
            rules = List.copyOf(rules);
        }

        @Override
        public String describe() {
            return rules.stream().map(r -> r instanceof AnyOf ? "(" + r.describe() + ")" : r.describe())
                    .collect(Collectors.joining(" and "));
        }
    }

    record AnyOf(List<Rule> rules) implements Rule {
        public AnyOf {
            rules = List.copyOf(rules);
        }

        @Override
        public String describe() {
            return rules.stream().map(r -> r instanceof AllOf ? "(" + r.describe() + ")" : r.describe())
                    .collect(Collectors.joining(" or "));
        }
    }

    /** {@code age} within [min, max], either bound optional. */
    record AgeRange(Integer min, Integer max) implements Rule {
        @Override
        public String describe() {
            return RuleSpec.rangeText("age", min, max);
        }
    }

    /** {@code durationDays} within [min, max], either bound optional. */
    record DurationRange(Integer min, Integer max) implements Rule {
        @Override
        public String describe() {
            return RuleSpec.rangeText("durationDays", min, max);
        }
    }
}
