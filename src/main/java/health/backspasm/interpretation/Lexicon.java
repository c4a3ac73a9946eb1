package health.backspasm.interpretation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Every word the phrases and cues use, by stem, and a Levenshtein automaton per phrase word so that a
 * typo in a text finds it. Built once; {@link #lookup} is read-only and thread-safe.
 *
 * <p>Typos are tolerated with care: the first letter must be right (Lucene's fuzzy prefix), words of
 * 4 to 7 letters allow one edit and longer words two, words of 5 letters or fewer only inside a
 * phrase of several words, and a text word that is itself a known word ("upper", "stuff") is never
 * read as a typo of another, so that "upper" never becomes "lower".
 */
final class Lexicon {

    /** A text word's match with a lexicon word, and the edits it took. */
    record WordHit(int word, int edits, boolean needsPhrase) {
    }

    private record Fuzzy(int word, String surface, CharacterRunAutomaton oneEdit, CharacterRunAutomaton twoEdits,
            boolean needsPhrase) {
    }

    private static final WordHit[] NONE = new WordHit[0];

    private final Map<String, Integer> ids;
    private final Set<String> plain;
    /** Typo targets by first letter and length, so a text word is tried only against near lengths. */
    private final Map<String, List<Fuzzy>> fuzzy;

    private Lexicon(Map<String, Integer> ids, Set<String> plain, Map<String, List<Fuzzy>> fuzzy) {
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
        String surface = token.surface();
        boolean typoPossible = exact == null && surface.length() >= 3 && !plain.contains(token.stem())
                && !plain.contains(surface) && Character.isLetter(surface.charAt(0));
        if (!typoPossible) {
            return exact == null ? NONE : new WordHit[] {new WordHit(exact, 0, false)};
        }
        Map<Integer, WordHit> hits = null;
        String rest = surface.substring(1);
        for (int length = surface.length() - 2; length <= surface.length() + 2; length++) {
            List<Fuzzy> candidates = fuzzy.get(key(surface.charAt(0), length));
            if (candidates == null) {
                continue;
            }
            int lengthGap = Math.abs(length - surface.length());
            for (Fuzzy f : candidates) {
                int edits;
                if (lengthGap <= 1 && f.oneEdit().run(rest)) {
                    edits = 1;
                } else if (f.twoEdits() != null && f.twoEdits().run(rest)) {
                    edits = 2;
                } else {
                    continue;
                }
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

    private static String key(char first, int length) {
        return first + ":" + length;
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
            Map<String, List<Fuzzy>> fuzzy = new HashMap<>();
            fuzzyTargets.forEach((surface, id) -> {
                // Candidates are grouped by their first letter, which must match exactly (Lucene's fuzzy
                // prefix of one), so the automata read the rest of the word: already deterministic.
                LevenshteinAutomata automata = new LevenshteinAutomata(surface.substring(1), true);
                CharacterRunAutomaton one = new CharacterRunAutomaton(automata.toAutomaton(1));
                CharacterRunAutomaton two = surface.length() >= 8
                        ? new CharacterRunAutomaton(automata.toAutomaton(2)) : null;
                fuzzy.computeIfAbsent(key(surface.charAt(0), surface.length()), k -> new ArrayList<>())
                        .add(new Fuzzy(id, surface, one, two, surface.length() <= 5));
            });
            fuzzy.replaceAll((c, list) -> List.copyOf(list));
            return new Lexicon(ids, plain, fuzzy);
        }
    }
}
