package health.backspasm.screening;

import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.assessment.ReasoningPropertiesTest;
import health.backspasm.cases.CaseFacts;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import health.backspasm.knowledge.RedFlag;
import health.backspasm.knowledge.Rule;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The open items of a red-flag rule (what the interview still has to ask) are collected in one pass;
 * over thousands of seeded random cases, and both readings of "unknown", they are exactly those of the
 * rule's plain definition: every unanswered item of every undecided branch, nothing from a decided one.
 */
class RuleEvaluatorTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));

    @Test
    void shouldCollectTheOpenItemsOfEveryRedFlagAsThePlainDefinitionDoes() {
        Random random = new Random(21);
        int compared = 0;
        for (int i = 0; i < 3_000; i++) {
            CaseFacts facts = CaseFacts.of(ReasoningPropertiesTest.randomCase(random));
            for (RedFlag flag : KNOWLEDGE.redFlags().all()) {
                for (boolean doubtAsPresent : new boolean[] {false, true}) {
                    Set<String> collected = new HashSet<>();
                    RuleEvaluator.openItems(flag.rule(), facts, doubtAsPresent, collected);
                    Set<String> defined = new HashSet<>();
                    definedOpenItems(flag.rule(), facts, doubtAsPresent, defined);
                    assertThat(collected).as("%s on case %d", flag.id(), i).isEqualTo(defined);
                    compared += collected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(compared).as("comparisons with open items").isGreaterThan(1_000);
    }

    /** The definition, evaluated afresh at every level: the items of an undecided rule's undecided parts. */
    private static void definedOpenItems(Rule rule, CaseFacts facts, boolean doubtAsPresent, Set<String> into) {
        if (RuleEvaluator.evaluate(rule, facts, doubtAsPresent) != Truth.UNKNOWN) {
            return;
        }
        if (rule instanceof Rule.Present p) {
            into.add(p.findingId());
        } else if (rule instanceof Rule.AllOf all) {
            all.rules().forEach(r -> definedOpenItems(r, facts, doubtAsPresent, into));
        } else if (rule instanceof Rule.AnyOf any) {
            any.rules().forEach(r -> definedOpenItems(r, facts, doubtAsPresent, into));
        } else if (rule instanceof Rule.AgeRange) {
            into.add(RuleEvaluator.AGE);
        } else if (rule instanceof Rule.DurationRange) {
            into.add(RuleEvaluator.DURATION);
        }
    }
}
