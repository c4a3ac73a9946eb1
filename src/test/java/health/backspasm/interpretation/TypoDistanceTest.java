package health.backspasm.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.junit.jupiter.api.Test;

/** {@link TypoDistance} against Lucene's Levenshtein automata with transpositions, the oracle it replaces. */
class TypoDistanceTest {

    private static final String NEAR = "abcde";
    private static final String[] ODD = {"\u00e9", "\uD835\uDC9C", "\uD835", "1", "-"};

    @Test
    void shouldAcceptExactlyWhatLuceneAutomataAcceptAtZeroOneAndTwoEdits() {
        Random random = new Random(20240611L);
        int pairs = 0;
        int within = 0;
        for (int t = 0; t < 600; t++) {
            String target = word(random, 3 + random.nextInt(11));
            LevenshteinAutomata automata = new LevenshteinAutomata(target, true);
            CharacterRunAutomaton[] oracle = new CharacterRunAutomaton[3];
            for (int k = 0; k <= 2; k++) {
                oracle[k] = new CharacterRunAutomaton(automata.toAutomaton(k));
            }
            for (int p = 0; p < 20; p++) {
                String text = random.nextInt(5) == 0 ? word(random, 1 + random.nextInt(13)) : typo(random, target);
                for (int most = 0; most <= 2; most++) {
                    int d = new TypoDistance("x" + text, 1).to(target.toCharArray(), most);
                    assertThat(d <= most)
                            .as("'%s' within %d edits of '%s'", text, most, target)
                            .isEqualTo(oracle[most].run(text));
                    assertThat(d).isBetween(0, most + 1);
                    within += d <= most ? 1 : 0;
                }
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(12_000);
        // The pairs must exercise both answers, else the comparison proves little.
        assertThat(within).isBetween(pairs / 4, 3 * pairs / 2);
    }

    @Test
    void shouldCountASwapOfNeighboursAsOneEditAndEachSymbolOnce() {
        assertThat(new TypoDistance("bcak", 1).to("ack".toCharArray(), 2)).isEqualTo(1);
        assertThat(new TypoDistance("lowr", 1).to("ower".toCharArray(), 2)).isEqualTo(1);
        // "ca" to "abc" takes a swap and an insertion, but then "c" moves twice: optimal alignment says 3.
        assertThat(new TypoDistance("xca", 1).to("abc".toCharArray(), 2)).isEqualTo(3);
        assertThat(new TypoDistance("x\uD835\uDC9Cbc", 1).to("abc".toCharArray(), 2)).isEqualTo(1);
    }

    /** A word of mostly a few letters, so that random words come near each other. */
    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(4) == 0 ? (char) ('a' + random.nextInt(26)) : NEAR.charAt(random.nextInt(5)));
        }
        return b.toString();
    }

    /** The target with up to four random insertions, deletions, substitutions or swaps of neighbours. */
    private static String typo(Random random, String target) {
        StringBuilder b = new StringBuilder(target);
        int edits = random.nextInt(5);
        for (int e = 0; e < edits && b.length() > 1; e++) {
            int i = random.nextInt(b.length());
            String letter = random.nextInt(8) == 0 ? ODD[random.nextInt(ODD.length)]
                    : String.valueOf(NEAR.charAt(random.nextInt(5)));
            switch (random.nextInt(4)) {
                case 0 -> b.insert(i, letter);
                case 1 -> b.deleteCharAt(i);
                case 2 -> b.replace(i, i + 1, letter);
                default -> {
                    if (i + 1 < b.length()) {
                        char c = b.charAt(i);
                        b.setCharAt(i, b.charAt(i + 1));
                        b.setCharAt(i + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }
}
