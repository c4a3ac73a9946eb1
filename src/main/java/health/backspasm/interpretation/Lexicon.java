package health.backspasm.interpretation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word the phrases and cues use, by stem, and the phrase words a typo in a text may stand for.
 * Built once; {@link #lookup} is read-only and thread-safe.
 *
 * <p>Typos are tolerated with care: the first letter must be right (Lucene's fuzzy prefix), words of
 * 4 to 7 letters allow one edit and longer words two, words of 5 letters or fewer only inside a
 * phrase of several words, and a text word that is itself a known word ("upper", "stuff") is never
 * read as a typo of another, so that "upper" never becomes "lower". An edit is an insertion, a
 * deletion, a substitution or a swap of two neighbouring letters ({@link TypoDistance}, the distance
 * Lucene's {@code LevenshteinAutomata} with transpositions accept). The typo targets are only grouped
 * by first letter and length at start-up, which takes a millisecond; a text word is compared with the
 * few targets of its first letter and near lengths (Lucene's automata, one or two per word, took
 * about 1.5 s of a 3.3 s start to build and were no faster per request).
 */
final class Lexicon {

    /** A text word's match with a lexicon word, and the edits it took. */
    record WordHit(int word, int edits, boolean needsPhrase) {
    }

    /** A typo target: its word id, its letters after the first, and its length in UTF-16 units. */
    private record Fuzzy(int word, char[] rest, int length, boolean needsPhrase) {
    }

    private static final WordHit[] NONE = new WordHit[0];
    private static final Fuzzy[] NO_TARGETS = new Fuzzy[0];

    private final Map<String, Integer> ids;
    private final Set<String> plain;
    /** Typo targets by first letter, then by length, so a text word is tried only against near lengths. */
    private final Map<Character, Fuzzy[][]> fuzzy;

    private Lexicon(Map<String, Integer> ids, Set<String> plain, Map<Character, Fuzzy[][]> fuzzy) {
        this.ids = Map.copyOf(ids);
        this.plain = Set.copyOf(plain);
        this.fuzzy = Map.copyOf(fuzzy);
    }

    /** The id of a stem, or -1 when no phrase or cue uses it. */
    int id(String stem) {
        Integer id = ids.get(stem);
        return id == null ? -1 : id;
    }

    WordHit[] lookup(Token token) {
        Integer exact = ids.get(token.stem());
        if (exact == null && !token.surface().isEmpty() && Character.isDigit(token.surface().charAt(0))) {
            // "8kg", "10lbs": the unit after the number is the word ("lost 8kg" = "lost kg").
            String surface = token.surface();
            int k = 0;
            while (k < surface.length() && (Character.isDigit(surface.charAt(k)) || surface.charAt(k) == '.')) {
                k++;
            }
            Integer id = k == surface.length() ? null : ids.get(surface.substring(k));
            return id == null ? NONE : new WordHit[] {new WordHit(id, 0, false)};
        }
        String surface = token.surface();
        boolean typoPossible = exact == null && surface.length() >= 3 && !plain.contains(token.stem())
                && !plain.contains(surface) && Character.isLetter(surface.charAt(0));
        if (!typoPossible) {
            return exact == null ? NONE : new WordHit[] {new WordHit(exact, 0, false)};
        }
        Fuzzy[][] byLength = fuzzy.get(surface.charAt(0));
        if (byLength == null) {
            return NONE;
        }
        Map<Integer, WordHit> hits = null;
        TypoDistance distance = new TypoDistance(surface, 1);
        for (int length = surface.length() - 2; length <= surface.length() + 2; length++) {
            Fuzzy[] candidates = length >= 0 && length < byLength.length ? byLength[length] : NO_TARGETS;
            int lengthGap = Math.abs(length - surface.length());
            for (Fuzzy f : candidates) {
                // Two edits for words of 8 letters or more, else one, and then only for a length one apart.
                int most = f.length() >= 8 ? 2 : lengthGap <= 1 ? 1 : 0;
                if (most == 0) {
                    continue;
                }
                int d = distance.to(f.rest(), most);
                if (d > most) {
                    continue;
                }
                int edits = lengthGap <= 1 && d <= 1 ? 1 : 2;
                if (hits == null) {
                    hits = new HashMap<>();
                }
                WordHit old = hits.get(f.word());
                if (old == null || old.edits() > edits) {
                    hits.put(f.word(), new WordHit(f.word(), edits, f.needsPhrase()));
                }
            }
        }
        return hits == null ? NONE : hits.values().toArray(NONE);
    }

    /** Collects the words at start-up. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final Set<String> plain = new HashSet<>();
        private final Map<String, Integer> fuzzyTargets = new HashMap<>();

        /** Registers a word and returns its id; {@code typoTarget} words can be reached with edits. */
        int word(Token word, boolean typoTarget) {
            int id = ids.computeIfAbsent(word.stem(), s -> ids.size());
            String surface = word.surface();
            if (typoTarget && surface.length() >= 4 && surface.chars().allMatch(Character::isLetter)) {
                fuzzyTargets.putIfAbsent(surface, id);
            }
            return id;
        }

        void plainWord(Token word) {
            plain.add(word.stem());
            plain.add(word.surface());
        }

        Lexicon build() {
            Map<Character, List<List<Fuzzy>>> grouped = new HashMap<>();
            fuzzyTargets.forEach((surface, id) -> {
                // The first letter must match exactly (Lucene's fuzzy prefix of one): edits count in the rest.
                List<List<Fuzzy>> byLength = grouped.computeIfAbsent(surface.charAt(0), c -> new ArrayList<>());
                while (byLength.size() <= surface.length()) {
                    byLength.add(new ArrayList<>());
                }
                byLength.get(surface.length()).add(new Fuzzy(id, surface.substring(1).toCharArray(),
                        surface.length(), surface.length() <= 5));
            });
            Map<Character, Fuzzy[][]> fuzzy = new HashMap<>();
            grouped.forEach((first, byLength) -> fuzzy.put(first,
                    byLength.stream().map(list -> list.toArray(NO_TARGETS)).toArray(Fuzzy[][]::new)));
            return new Lexicon(ids, plain, fuzzy);
        }
    }
}
