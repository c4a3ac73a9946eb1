package health.backspasm.interpretation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the phrases and cues of the knowledge in a text's tokens. A phrase's words must come in
 * order within one clause; between two of them the text may hold up to {@value #MAX_FILLERS} filler
 * words and {@value #MAX_OTHERS} other word, but never a negation or a scope-ending word. Cues match
 * as exact word sequences. Where a cue overlaps another match, or a finding's words all lie inside
 * another finding's match, the one with most phrase words wins, then the tightest, then the one with
 * fewest typos: so "didn't warm up" wins over the negation "didn't", and "numb down there" over "numb".
 * Two findings that only share a word both stand ("bad back pain at night"), and so do the findings
 * of one phrase listed under several findings ("lifting boxes": began while lifting, heavy objects).
 */
final class PhraseMatcher {

    static final int MAX_FILLERS = 3;
    static final int MAX_OTHERS = 1;

    /** A finding phrase ({@code cue} false, {@code owner} the finding id) or a cue (owner the cue key). */
    record Pattern(String owner, boolean cue, int[] words, String[] surfaces, String phrase) {
    }

    /**
     * A pattern found at tokens {@code first} to {@code last} (inclusive), with its typo count and how
     * many of its words were written differently from the phrase ("legs" for "leg").
     */
    record Match(Pattern pattern, int first, int last, int edits, int variants, int[] positions) {

        boolean overlaps(Match other) {
            return first <= other.last && other.first <= last;
        }

        /** Whether every word this match used is also a word {@code other} used. */
        boolean within(Match other) {
            for (int p : positions) {
                if (Arrays.binarySearch(other.positions, p) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Most phrase words first, then the tightest, fewest typos, fewest variants, finding before cue, earliest. */
    private static final Comparator<Match> BEST_FIRST = (a, b) -> {
        int c = Integer.compare(b.pattern().words().length, a.pattern().words().length);
        if (c == 0) {
            c = Integer.compare(a.last() - a.first(), b.last() - b.first());
        }
        if (c == 0) {
            c = Integer.compare(a.edits(), b.edits());
        }
        if (c == 0) {
            c = Integer.compare(a.variants(), b.variants());
        }
        if (c == 0) {
            c = Boolean.compare(a.pattern().cue(), b.pattern().cue());
        }
        return c != 0 ? c : Integer.compare(a.first(), b.first());
    };
    private static final Comparator<Match> TEXT_ORDER = (a, b) -> a.first() != b.first()
            ? Integer.compare(a.first(), b.first()) : Integer.compare(a.last(), b.last());
    private static final Pattern[] NO_PATTERNS = new Pattern[0];

    private final Lexicon lexicon;
    /** The patterns by the id of their first word. */
    private final Pattern[][] byFirstWord;
    private final Set<String> fillers;
    private final Set<String> blockers;

    private PhraseMatcher(Lexicon lexicon, Pattern[][] byFirstWord, Set<String> fillers, Set<String> blockers) {
        this.lexicon = lexicon;
        this.byFirstWord = byFirstWord;
        this.fillers = fillers;
        this.blockers = blockers;
    }

    boolean isFiller(Token token) {
        return fillers.contains(token.surface());
    }

    /** What a phrase's gap needs to know of each token of one text, read once per text. */
    private static final byte CLAUSE_END = 1;
    private static final byte BLOCKER = 2;
    private static final byte FILLER = 4;

    /** The non-overlapping matches of a text, in text order. */
    List<Match> find(List<Token> tokens) {
        int n = tokens.size();
        Lexicon.WordHit[][] hits = new Lexicon.WordHit[n][];
        byte[] kinds = new byte[n];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            hits[i] = lexicon.lookup(token);
            kinds[i] = (byte) ((token.clauseEndAfter() ? CLAUSE_END : 0) | (blockers.contains(token.stem()) ? BLOCKER : 0)
                    | (fillers.contains(token.surface()) ? FILLER : 0));
        }
        // The words the text has: a pattern with a word outside it cannot match, so it is not tried.
        BitSet present = new BitSet();
        for (Lexicon.WordHit[] tokenHits : hits) {
            for (Lexicon.WordHit hit : tokenHits) {
                present.set(hit.word());
            }
        }
        List<Match> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Lexicon.WordHit hit : hits[i]) {
                for (Pattern pattern : hit.word() < byFirstWord.length ? byFirstWord[hit.word()] : NO_PATTERNS) {
                    if (acceptable(pattern, hit) && allPresent(pattern.words(), present)) {
                        Match match = extend(pattern, tokens, hits, kinds, i, hit.edits());
                        if (match != null) {
                            candidates.add(match);
                        }
                    }
                }
            }
        }
        candidates.sort(BEST_FIRST);
        List<Match> chosen = new ArrayList<>();
        for (Match m : candidates) {
            if (!conflictsWithAny(chosen, m)) {
                chosen.add(m);
            }
        }
        chosen.sort(TEXT_ORDER);
        return chosen;
    }

    private static boolean allPresent(int[] words, BitSet present) {
        for (int k = 1; k < words.length; k++) {
            if (!present.get(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean conflictsWithAny(List<Match> chosen, Match candidate) {
        for (Match kept : chosen) {
            if (conflict(kept, candidate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conflict(Match kept, Match candidate) {
        if (!kept.overlaps(candidate)) {
            return false;
        }
        if (kept.pattern().cue() || candidate.pattern().cue()
                || kept.pattern().owner().equals(candidate.pattern().owner())) {
            return true;
        }
        if (Arrays.equals(kept.positions(), candidate.positions())) {
            return !Arrays.equals(kept.pattern().surfaces(), candidate.pattern().surfaces());
        }
        return candidate.within(kept) || kept.within(candidate);
    }

    private static boolean acceptable(Pattern pattern, Lexicon.WordHit hit) {
        if (hit.edits() == 0) {
            return true;
        }
        return !pattern.cue() && (!hit.needsPhrase() || pattern.words().length > 1);
    }

    private static Match extend(Pattern pattern, List<Token> tokens, Lexicon.WordHit[][] hits, byte[] kinds,
            int first, int edits) {
        int[] words = pattern.words();
        int position = first;
        int total = edits;
        int[] positions = null;
        for (int k = 1; k < words.length; k++) {
            int wanted = words[k];
            int fillersSkipped = 0;
            int othersSkipped = 0;
            int found = -1;
            for (int j = position + 1; j < kinds.length; j++) {
                if ((kinds[j - 1] & CLAUSE_END) != 0) {
                    break;
                }
                Lexicon.WordHit hit = hitFor(hits[j], wanted);
                if (hit != null && acceptable(pattern, hit)) {
                    found = j;
                    total += hit.edits();
                    break;
                }
                if (pattern.cue() || (kinds[j] & BLOCKER) != 0) {
                    break;
                }
                if ((kinds[j] & FILLER) != 0 ? ++fillersSkipped > MAX_FILLERS : ++othersSkipped > MAX_OTHERS) {
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            if (positions == null) {
                positions = new int[words.length];
                positions[0] = first;
            }
            position = found;
            positions[k] = found;
        }
        if (positions == null) {
            positions = new int[] {first};
        }
        int variants = 0;
        for (int k = 0; k < positions.length; k++) {
            variants += tokens.get(positions[k]).surface().equals(pattern.surfaces()[k]) ? 0 : 1;
        }
        return new Match(pattern, first, position, total, variants, positions);
    }

    private static Lexicon.WordHit hitFor(Lexicon.WordHit[] hits, int word) {
        for (Lexicon.WordHit hit : hits) {
            if (hit.word() == word) {
                return hit;
            }
        }
        return null;
    }

    /** Collects phrases and cues at start-up, reading each with the same {@link Tokenizer} as texts. */
    static final class Builder {
        private final Tokenizer tokenizer;
        private final Lexicon.Builder lexicon = new Lexicon.Builder();
        private final Map<Integer, List<Pattern>> byFirstWord = new HashMap<>();
        private final Set<String> fillers = new HashSet<>();
        private final Set<String> blockers = new HashSet<>();
        private final Set<String> seen = new HashSet<>();

        Builder(Tokenizer tokenizer) {
            this.tokenizer = tokenizer;
        }

        void filler(String word) {
            tokenizer.tokens(word).forEach(t -> fillers.add(t.surface()));
        }

        void plainWord(String word) {
            tokenizer.tokens(word).forEach(lexicon::plainWord);
        }

        /** Words that a phrase's gap may not skip: the one-word negations and scope ends. */
        void blocker(String cue) {
            List<Token> words = tokenizer.tokens(cue);
            if (words.size() == 1) {
                blockers.add(words.get(0).stem());
            }
        }

        /**
         * Adds a finding phrase. Its filler words are dropped when two or more other words remain; else
         * they are kept and must be in the text ("at the gym when" does not shrink to "gym"). Returns
         * false when the phrase holds no word at all (only punctuation).
         */
        boolean phrase(String findingId, String phrase) {
            List<Token> all = tokenizer.tokens(phrase);
            List<Token> words = all.stream().filter(t -> !fillers.contains(t.surface())).toList();
            if (words.size() < 2) {
                words = all;
            }
            if (words.isEmpty()) {
                return false;
            }
            int[] ids = words.stream().mapToInt(t -> lexicon.word(t, true)).toArray();
            add(new Pattern(findingId, false, ids, words.stream().map(Token::surface).toArray(String[]::new), phrase));
            return true;
        }

        /** Adds a cue and returns its key (its stems joined by spaces), or null when it has no word. */
        String cue(String cue) {
            List<Token> words = tokenizer.tokens(cue);
            if (words.isEmpty()) {
                return null;
            }
            String key = key(words);
            add(new Pattern(key, true, words.stream().mapToInt(t -> lexicon.word(t, false)).toArray(),
                    words.stream().map(Token::surface).toArray(String[]::new), cue));
            return key;
        }

        private void add(Pattern pattern) {
            if (seen.add(pattern.owner() + ":" + Arrays.toString(pattern.surfaces()))) {
                byFirstWord.computeIfAbsent(pattern.words()[0], w -> new ArrayList<>()).add(pattern);
            }
        }

        PhraseMatcher build() {
            int size = byFirstWord.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            Pattern[][] index = new Pattern[size][];
            Arrays.fill(index, NO_PATTERNS);
            byFirstWord.forEach((word, list) -> index[word] = list.toArray(NO_PATTERNS));
            return new PhraseMatcher(lexicon.build(), index, Set.copyOf(fillers), Set.copyOf(blockers));
        }
    }

    static String key(List<Token> words) {
        StringBuilder key = new StringBuilder();
        for (Token t : words) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t.stem());
        }
        return key.toString();
    }
}
