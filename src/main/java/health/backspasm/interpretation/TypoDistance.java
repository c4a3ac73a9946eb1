package health.backspasm.interpretation;

import java.util.Arrays;

/**
 * How many edits part one text word from a typo target, up to a small bound: the optimal string
 * alignment distance (insertions, deletions, substitutions and swaps of two neighbouring symbols, no
 * symbol edited twice), counted in code points. That is what Lucene's
 * {@code LevenshteinAutomata(word, true)} accept at one and two edits ({@code TypoDistanceTest} checks
 * both agree on thousands of random pairs), computed directly so that no automaton need be built.
 * Commons Text's {@code DamerauLevenshteinDistance} computes the same but counts UTF-16 units, not
 * code points, and allocates three arrays on every call. One instance serves one text word; it is
 * not thread-safe.
 */
final class TypoDistance {

    /** Stands for a code point above U+FFFF: not a letter, so it equals no target's symbol. */
    private static final char WIDE = '\uFFFF';

    private final char[] word;
    private int[] older = new int[0];
    private int[] previous = new int[0];
    private int[] current = new int[0];

    /** Reads {@code text} from the UTF-16 index {@code from}. */
    TypoDistance(String text, int from) {
        char[] symbols = new char[text.length() - from];
        int n = 0;
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            symbols[n++] = Character.isBmpCodePoint(c) ? (char) c : WIDE;
            i += Character.charCount(c);
        }
        this.word = n == symbols.length ? symbols : Arrays.copyOf(symbols, n);
    }

    /**
     * The distance from the word to {@code target} (whose symbols are letters) when it is at most
     * {@code most}, else {@code most + 1}.
     */
    int to(char[] target, int most) {
        int n = word.length;
        int m = target.length;
        if (Math.abs(n - m) > most) {
            return most + 1;
        }
        if (current.length <= m) {
            older = new int[m + 1];
            previous = new int[m + 1];
            current = new int[m + 1];
        }
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int best = i;
            char c = word[i - 1];
            for (int j = 1; j <= m; j++) {
                int d = Math.min(Math.min(previous[j], current[j - 1]) + 1,
                        previous[j - 1] + (c == target[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && c == target[j - 2] && word[i - 2] == target[j - 1]) {
                    d = Math.min(d, older[j - 2] + 1);
                }
                current[j] = d;
                best = Math.min(best, d);
            }
            if (best > most) {
                // No later row can fall below this row's least value (a row is at most one above the row before).
                return most + 1;
            }
            int[] free = older;
            older = previous;
            previous = current;
            current = free;
        }
        return Math.min(previous[m], most + 1);
    }
}
