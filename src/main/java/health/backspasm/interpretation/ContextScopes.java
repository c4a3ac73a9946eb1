package health.backspasm.interpretation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ConText's experiencer and temporality (Harkema et al. 2009) over a text's tokens, with the cues of
 * {@code context.yaml}: which finding mentions are someone else's, past or hypothetical, and who the
 * message is about. Scopes run forward to the end of the sentence or a terminator; post-cues run
 * backward to the start of their sentence (or clause). Cues match as exact sequences of the tokens'
 * surfaces. Built once; {@link #read} is thread-safe.
 */
final class ContextScopes {

    /** What the context says of each finding mention (null: the patient's, current), and who the patient is. */
    record Reading(SetAsideReason[] reasons, boolean aboutOtherPerson, String patientWord) {
    }

    private enum Kind { HISTORICAL, POST_HISTORICAL, CLAUSE_HISTORICAL, HYPOTHETICAL, CONDITIONAL, CONSEQUENT,
        QUESTION, TERMINATOR, OTHER_PERSON, OTHER_VERB, FAMILY }

    private record Cue(Kind kind, String[] words) {
    }

    private final Map<String, List<Cue>> byFirstWord;
    private final Set<String> firstPerson;
    private final Set<String> thirdPerson;

    ContextScopes(ContextCues cues, Tokenizer tokenizer) {
        Map<String, List<Cue>> index = new HashMap<>();
        add(index, tokenizer, Kind.HISTORICAL, cues.historical());
        add(index, tokenizer, Kind.POST_HISTORICAL, cues.postHistorical());
        add(index, tokenizer, Kind.CLAUSE_HISTORICAL, cues.clauseHistorical());
        add(index, tokenizer, Kind.HYPOTHETICAL, cues.hypothetical());
        add(index, tokenizer, Kind.CONDITIONAL, cues.conditionals());
        add(index, tokenizer, Kind.CONSEQUENT, cues.consequents());
        add(index, tokenizer, Kind.QUESTION, cues.questions());
        add(index, tokenizer, Kind.TERMINATOR, cues.terminators());
        add(index, tokenizer, Kind.OTHER_PERSON, cues.otherPeople());
        add(index, tokenizer, Kind.OTHER_VERB, cues.otherPeopleVerbs());
        add(index, tokenizer, Kind.FAMILY, cues.familyHistory());
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
        this.firstPerson = surfaces(tokenizer, cues.firstPerson());
        this.thirdPerson = surfaces(tokenizer, cues.thirdPerson());
    }

    private static void add(Map<String, List<Cue>> index, Tokenizer tokenizer, Kind kind, List<String> entries) {
        for (String entry : entries) {
            String[] words = tokenizer.tokens(entry).stream().map(Token::surface).toArray(String[]::new);
            if (words.length == 0) {
                throw new IllegalStateException(ContextCues.FILE + ": entry '" + entry + "' holds no word");
            }
            index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Cue(kind, words));
        }
    }

    private static Set<String> surfaces(Tokenizer tokenizer, List<String> words) {
        Set<String> set = new HashSet<>();
        words.forEach(w -> tokenizer.tokens(w).forEach(t -> set.add(t.surface())));
        return Set.copyOf(set);
    }

    private static final int KINDS = Kind.values().length;

    /**
     * For each token and kind, the end (exclusive) of the longest cue of that kind starting there, or
     * 0: one map look-up per token, so that the scopes below only read arrays.
     */
    private int[] cueEnds(List<Token> t) {
        int[] ends = new int[t.size() * KINDS];
        for (int i = 0; i < t.size(); i++) {
            List<Cue> cues = byFirstWord.get(t.get(i).surface());
            if (cues == null) {
                continue;
            }
            for (Cue cue : cues) {
                if (i + cue.words().length > t.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 1; k < cue.words().length && all; k++) {
                    all = t.get(i + k).surface().equals(cue.words()[k])
                            && t.get(i + k).sentence() == t.get(i).sentence();
                }
                int slot = i * KINDS + cue.kind().ordinal();
                if (all && ends[slot] < i + cue.words().length) {
                    ends[slot] = i + cue.words().length;
                }
            }
        }
        return ends;
    }

    /** The end (exclusive) of a cue of this kind starting at token i, or 0. */
    private static int cueEnd(int[] ends, int i, Kind kind) {
        return ends[i * KINDS + kind.ordinal()];
    }

    /**
     * @param spans the first and last token of each finding mention, in text order
     * @param historyByDesign for each mention, whether it is a {@code history.*} finding (past by design)
     */
    Reading read(List<Token> t, int[][] spans, boolean[] historyByDesign) {
        int n = t.size();
        SetAsideReason[] reasons = new SetAsideReason[spans.length];
        if (n == 0) {
            return new Reading(reasons, false, null);
        }
        int[] ends = cueEnds(t);
        // Someone else's scopes, opened by every person word; the patient's own are removed below.
        int[] otherOpener = new int[n];
        java.util.Arrays.fill(otherOpener, -1);
        List<int[]> personWords = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int end = cueEnd(ends, i, Kind.OTHER_PERSON);
            if (end > 0) {
                personWords.add(new int[] {i, end});
            }
        }
        boolean[] mine = new boolean[n];
        for (int[] pw : personWords) {
            if (pw[0] > 0 && t.get(pw[0] - 1).surface().equals("my")) {
                mine[pw[0] - 1] = true;
            }
        }
        String patientWord = decidePatient(t, ends, spans, personWords, mine, null);
        boolean other = patientWord != null;
        if (other) {
            patientWord = decidePatient(t, ends, spans, personWords, mine, patientWord);
            other = patientWord != null;
        }
        boolean[] otherScope = otherScopes(t, ends, personWords, mine, patientWord);

        boolean[] past = new boolean[n];
        boolean[] hypothetical = new boolean[n];
        for (int i = 0; i < n; i++) {
            int e;
            if ((e = cueEnd(ends, i, Kind.HISTORICAL)) > 0) {
                forward(t, ends, e, past);
            }
            if ((e = cueEnd(ends, i, Kind.HYPOTHETICAL)) > 0) {
                forward(t, ends, e, hypothetical);
            }
            if ((e = cueEnd(ends, i, Kind.QUESTION)) > 0 && endsWithQuestion(t, i)) {
                forward(t, ends, e, hypothetical);
            }
            if ((e = cueEnd(ends, i, Kind.CONDITIONAL)) > 0 && consequentAfter(t, ends, e)) {
                forward(t, ends, e, hypothetical);
            }
            if (cueEnd(ends, i, Kind.POST_HISTORICAL) > 0) {
                for (int j = i - 1; j >= 0 && t.get(j).sentence() == t.get(i).sentence(); j--) {
                    past[j] = true;
                }
            }
            if (cueEnd(ends, i, Kind.CLAUSE_HISTORICAL) > 0) {
                for (int j = i - 1; j >= 0 && !t.get(j).clauseEndAfter(); j--) {
                    past[j] = true;
                }
            }
        }
        for (int m = 0; m < spans.length; m++) {
            int first = spans[m][0];
            int last = spans[m][1];
            if (any(otherScope, first, last)) {
                reasons[m] = SetAsideReason.other_person;
            } else if (any(hypothetical, first, last)) {
                reasons[m] = SetAsideReason.hypothetical;
            } else if (any(past, first, last) && !historyByDesign[m]) {
                reasons[m] = SetAsideReason.historical;
            }
        }
        return new Reading(reasons, other, patientWord);
    }

    /**
     * The person the message is about: null for the writer, else the first person word of the text
     * ({@code excluded}, once known, opens no scope of its own).
     */
    private String decidePatient(List<Token> t, int[] ends, int[][] spans, List<int[]> personWords, boolean[] mine,
            String excluded) {
        boolean[] scope = otherScopes(t, ends, personWords, mine, excluded);
        boolean[] nearFinding = new boolean[t.size()];
        for (int[] span : spans) {
            for (int j = Math.max(0, span[0] - 1); j <= span[1]; j++) {
                nearFinding[j] = true;
            }
        }
        int first = 0;
        int third = 0;
        int firstReference = -1;
        for (int i = 0; i < t.size(); i++) {
            if (scope[i]) {
                continue;
            }
            String w = t.get(i).surface();
            int weight = nearFinding[i] ? 2 : 1;
            if (firstPerson.contains(w) && !mine[i]) {
                first += weight;
                firstReference = firstReference < 0 ? i : firstReference;
            } else if (thirdPerson.contains(w)) {
                third += weight;
            }
        }
        String firstPersonWord = personWords.isEmpty() ? null : t.get(personWords.get(0)[0]).surface();
        if (third > first) {
            return firstPersonWord == null ? "" : firstPersonWord;
        }
        if (third == first && firstPersonWord != null
                && (firstReference < 0 || personWords.get(0)[0] < firstReference)) {
            return firstPersonWord;
        }
        return null;
    }

    private boolean[] otherScopes(List<Token> t, int[] ends, List<int[]> personWords, boolean[] mine, String patientWord) {
        boolean[] scope = new boolean[t.size()];
        for (int[] pw : personWords) {
            int start = pw[0];
            if (t.get(start).surface().equals(patientWord)) {
                continue;
            }
            boolean opens = false;
            for (int k = pw[1]; k <= pw[1] + 2 && k < t.size() && !opens; k++) {
                opens = cueEnd(ends, k, Kind.OTHER_VERB) > 0 && t.get(k).sentence() == t.get(start).sentence();
            }
            if (opens) {
                mark(t, start, scope, mine);
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (cueEnd(ends, i, Kind.FAMILY) > 0) {
                int s = i;
                while (s > 0 && t.get(s - 1).sentence() == t.get(i).sentence()) {
                    s--;
                }
                mark(t, s, scope, mine);
            }
        }
        return scope;
    }

    /** From {@code start} to the end of its sentence, or until the writer speaks of themself. */
    private void mark(List<Token> t, int start, boolean[] scope, boolean[] mine) {
        for (int j = start; j < t.size() && t.get(j).sentence() == t.get(start).sentence(); j++) {
            if (j > start && firstPerson.contains(t.get(j).surface()) && !mine[j]) {
                break;
            }
            scope[j] = true;
        }
    }

    private static void forward(List<Token> t, int[] ends, int from, boolean[] scope) {
        if (from >= t.size()) {
            return;
        }
        int sentence = t.get(from - 1).sentence();
        for (int j = from; j < t.size() && t.get(j).sentence() == sentence; j++) {
            if (cueEnd(ends, j, Kind.TERMINATOR) > 0) {
                break;
            }
            scope[j] = true;
        }
    }

    private static boolean endsWithQuestion(List<Token> t, int i) {
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).sentence() == t.get(i).sentence()) {
            j++;
        }
        return t.get(j).gapAfter().contains("?");
    }

    private static boolean consequentAfter(List<Token> t, int[] ends, int from) {
        for (int j = from; j < t.size() && t.get(j).sentence() == t.get(from - 1).sentence(); j++) {
            if (cueEnd(ends, j, Kind.CONSEQUENT) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(boolean[] marks, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }
}
