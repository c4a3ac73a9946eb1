package health.backspasm.answers;

import health.backspasm.answers.Cue.Role;
import health.backspasm.cases.FindingState;
import health.backspasm.cases.ReportedFinding;
import health.backspasm.interpretation.Interpretation;
import health.backspasm.interpretation.Mention;
import health.backspasm.interpretation.MentionState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One reply read as the answer to a {@code finding} or {@code findings} question. Items are named by the
 * interpreter's findings, by position ("the second one", "the last two") or by label words ("the bladder
 * one"); each named item takes the nearest yes/no/not-sure word of its clause, else it is ticked. Answer
 * words not tied to an item ("no", "all of them", "not sure", "no to the rest") settle the items not
 * named. A pick from the list ("the bladder one", "just the first") leaves the rest absent, as ticking
 * boxes does; a free description settles only what it names. On a red-flag question, a "no" among words
 * that are neither answer words nor findings closes nothing. Conflicting, out-of-range or ambiguous
 * replies settle nothing.
 */
final class ChecklistReply {

    /** An item the reply names: where, with what state, and whether picked by position or label words. */
    private record Ref(int item, int word, FindingState state, boolean pick, boolean explicit) {
    }

    /** A state and the cue it came from (-1 when none). */
    private record Polarity(FindingState state, int cue, boolean ambiguous) {
    }

    private static final Set<Role> ANSWERS = EnumSet.of(Role.YES, Role.NO, Role.NOT, Role.UNSURE, Role.ALL, Role.NONE,
            Role.BOTH);
    private static final Set<Role> NEGATIVE = EnumSet.of(Role.NO, Role.NOT, Role.NONE);
    /** After a finding's words, these make it a pick from the list: "the sciatica one". */
    private static final Set<String> ONE = Set.of("one", "ones");
    /** Roles that make a pick explicit: a position, or "only"/"just". */
    private static final Set<Role> EXPLICIT = EnumSet.of(Role.ORDINAL, Role.LAST, Role.SECOND_LAST, Role.NUMBER,
            Role.ONLY);
    /** Words that join label words into a description of circumstances rather than a pick. */
    private static final Set<String> CIRCUMSTANCE = Set.of("while", "whilst", "when", "after", "during", "as");
    private boolean redFlag;
    /** Digits above this are not positions in a checklist ("in 2019"). */
    private static final int MAX_POSITION = 20;

    private final List<ReplyText.Word> words;
    private final List<AnswerLexicon.Found> found;
    private final int n;
    private final List<Ref> refs = new ArrayList<>();
    private final Set<Integer> attached = new HashSet<>();
    private final List<Mention> other = new ArrayList<>();
    private final List<ReportedFinding> answers = new ArrayList<>();
    private boolean failed;
    private boolean bareYes;
    private boolean unsure;
    private boolean picked;

    ChecklistReply(String text, List<ReplyText.Word> words, List<String> ids, Interpretation said,
            Function<String, Interpretation> interpret, ReplyContext context, boolean redFlag) {
        AnswerLexicon lexicon = context.lexicon();
        Map<String, Integer> distinctive = context.names().distinctive(ids);
        this.words = words;
        this.n = ids.size();
        boolean[] explained = new boolean[words.size()];
        boolean[] inMention = new boolean[words.size()];
        boolean[] pickWord = new boolean[words.size()];

        List<Mention> mentions = new ArrayList<>(said.findings());
        mentions.addAll(said.uncertain());
        List<int[]> outsideSpans = new ArrayList<>();
        List<Mention> outside = new ArrayList<>();
        for (Mention m : mentions) {
            int[] span = span(text, m);
            if (ids.size() > 1 && onlyNumbers(span, context.referenceWords())) {
                continue; // "8 and 10" to a checklist are positions, not a pain score
            }
            for (int i = span[0]; i <= span[1]; i++) {
                explained[i] = true;
                inMention[i] = true;
            }
            int item = ids.indexOf(m.id());
            if (span[0] > span[1]) {
                continue;
            }
            if (item >= 0) {
                FindingState state = mentionState(text, m, span, said, interpret);
                if (state == FindingState.absent && redFlag && doubtful(span[0], context.doubtfulNegation())) {
                    failed = true;
                }
                boolean pick = namesItem(m.id(), span, context);
                for (int i = span[0]; i <= span[1]; i++) {
                    pickWord[i] = pick;
                }
                refs.add(new Ref(item, span[0], state, pick, false));
            } else {
                outside.add(m);
                outsideSpans.add(span);
            }
        }

        this.found = lexicon.find(words, inMention);
        boolean[] cueWord = new boolean[words.size()];
        boolean[] answerWord = new boolean[words.size()];
        for (AnswerLexicon.Found f : found) {
            boolean answer = f.cues().stream().anyMatch(c -> c.role() != Role.FILLER && c.role() != Role.UNIT
                    && c.role() != Role.RELATIVE_DAY && c.role() != Role.WEEKDAY);
            for (int i = f.first(); i <= f.last(); i++) {
                explained[i] = true;
                cueWord[i] = true;
                answerWord[i] = answer;
            }
            unsure |= f.has(Role.UNSURE);
        }

        List<String> spelled = lexicon.spelled(words);
        int[] named = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            named[i] = cueWord[i] ? -1 : ItemNames.named(spelled.get(i), distinctive);
        }
        for (int i = 0; i < words.size(); i++) {
            if (named[i] >= 0 && !inMention[i]) {
                refs.add(new Ref(named[i], i, null, true, false));
                explained[i] = true;
                pickWord[i] = true;
            }
        }
        for (int k = 0; k < outside.size(); k++) {
            int[] span = outsideSpans.get(k);
            int item = named[span[0]];
            boolean bare = item >= 0;
            for (int i = span[0]; i <= span[1] && bare; i++) {
                bare = named[i] == item;
            }
            if (bare) {
                refs.add(new Ref(item, span[0], null, true, false));
                for (int i = span[0]; i <= span[1]; i++) {
                    pickWord[i] = true;
                }
            } else {
                other.add(outside.get(k));
            }
        }
        positions();
        if (failed) {
            return;
        }
        for (AnswerLexicon.Found f : found) {
            if (f.has(Role.ORDINAL) || f.has(Role.LAST) || f.has(Role.SECOND_LAST)
                    || f.has(Role.NUMBER) && isDigits(f)) {
                for (int i = f.first(); i <= f.last(); i++) {
                    pickWord[i] = true;
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            explained[i] |= context.referenceWords().contains(words.get(i).text());
        }
        for (int i = 0; i < words.size(); i++) {
            for (String id : ids) {
                pickWord[i] |= context.names().inLabel(id, words.get(i).text());
            }
        }
        this.picked = pickClause(pickWord, answerWord, context.referenceWords());
        this.redFlag = redFlag;
        resolve(ids, redFlag && !allTrue(explained));
    }

    /**
     * Whether some clause picks items from the list: it names an item by position or label words, and
     * holds nothing but such names, answer words and the words that may stand beside them.
     */
    private boolean pickClause(boolean[] pickWord, boolean[] answerWord, Set<String> referenceWords) {
        Map<Integer, boolean[]> clauses = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            boolean[] clause = clauses.computeIfAbsent(words.get(i).clause(), c -> new boolean[] {true, false});
            clause[0] &= pickWord[i] || answerWord[i] || referenceWords.contains(words.get(i).text());
            clause[1] |= pickWord[i];
        }
        return clauses.values().stream().anyMatch(c -> c[0] && c[1]);
    }

    /** Whether the mention is an item named by its label's words, or followed by "one" ("the sciatica one"). */
    private boolean namesItem(String id, int[] span, ReplyContext context) {
        if (span[1] + 1 < words.size() && ONE.contains(words.get(span[1] + 1).text())
                && words.get(span[1] + 1).clause() == words.get(span[1]).clause()) {
            return true;
        }
        for (int i = span[0]; i <= span[1]; i++) {
            String w = words.get(i).text();
            if (!context.names().inLabel(id, w) && !context.referenceWords().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an inability word stands before the mention in its clause ("haven't been able to pee"). */
    private boolean doubtful(int first, List<List<String>> cues) {
        int clause = words.get(first).clause();
        for (int i = first - 1; i >= 0 && words.get(i).clause() == clause; i--) {
            for (List<String> cue : cues) {
                boolean match = i + cue.size() <= first;
                for (int j = 0; j < cue.size() && match; j++) {
                    match = words.get(i + j).text().equals(cue.get(j));
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean understood() {
        return !failed && !answers.isEmpty();
    }

    boolean bareYes() {
        return bareYes;
    }

    List<ReportedFinding> answers() {
        return failed ? List.of() : List.copyOf(answers);
    }

    List<Mention> otherFindings() {
        return List.copyOf(other);
    }

    /** Items named by position: "the second", "2", "the last two", "the first three", "second to last". */
    private void positions() {
        for (int k = 0; k < found.size(); k++) {
            AnswerLexicon.Found f = found.get(k);
            AnswerLexicon.Found next = k + 1 < found.size() ? found.get(k + 1) : null;
            Integer count = next != null && next.first() == f.last() + 1 && next.has(Role.NUMBER)
                    && next.cue(Role.NUMBER).value() >= 2 && !unitAfter(k + 1) ? next.cue(Role.NUMBER).value() : null;
            if (f.has(Role.ORDINAL)) {
                if (count != null && f.cue(Role.ORDINAL).value() == 1) {
                    pick(1, count, f.first());
                    k++;
                } else {
                    pick(f.cue(Role.ORDINAL).value(), f.cue(Role.ORDINAL).value(), f.first());
                }
            } else if (f.has(Role.LAST)) {
                if (count != null) {
                    pick(n - count + 1, n, f.first());
                    k++;
                } else {
                    pick(n, n, f.first());
                }
            } else if (f.has(Role.SECOND_LAST)) {
                pick(n - 1, n - 1, f.first());
            } else if (f.has(Role.NUMBER) && isDigits(f) && !unitAfter(k) && f.cue(Role.NUMBER).value() <= MAX_POSITION) {
                int p = f.cue(Role.NUMBER).value();
                pick(p, p, f.first());
            }
        }
    }

    private void pick(int from, int to, int word) {
        if (from < 1 || to > n || from > to) {
            failed = true;
            return;
        }
        for (int p = from; p <= to; p++) {
            refs.add(new Ref(p - 1, word, null, true, false));
        }
    }

    private void resolve(List<String> ids, boolean strict) {
        Map<Integer, FindingState> states = new HashMap<>();
        Map<Integer, Boolean> explicit = new HashMap<>();
        for (Ref ref : refs) {
            Polarity p = polarity(ref.word());
            if (p.ambiguous()) {
                failed = true;
                return;
            }
            FindingState state;
            boolean fromCue = p.cue() >= 0;
            if (ref.state() != null) {
                boolean excluded = fromCue && isExcept(found.get(p.cue())) && p.state() == FindingState.absent;
                state = excluded ? FindingState.absent : ref.state();
            } else {
                state = p.state();
            }
            if (fromCue) {
                attached.add(p.cue());
            }
            FindingState earlier = states.get(ref.item());
            if (earlier == null) {
                states.put(ref.item(), state);
                explicit.put(ref.item(), ref.pick() && fromCue);
            } else if (earlier != state) {
                if (ref.pick() && fromCue && explicit.get(ref.item())) {
                    failed = true;
                    return;
                }
                states.put(ref.item(), merge(earlier, state));
            }
        }
        FindingState rest = rest(strict, states);
        if (failed) {
            return;
        }
        for (int i = 0; i < n; i++) {
            FindingState state = states.getOrDefault(i, rest);
            if (state != null) {
                answers.add(new ReportedFinding(ids.get(i), state));
            }
        }
    }

    /** Whether the reply picks by position, by "only"/"just", or by "the ... one". */
    private boolean explicitPick() {
        for (AnswerLexicon.Found f : found) {
            if (f.cues().stream().anyMatch(c -> EXPLICIT.contains(c.role()))) {
                return true;
            }
        }
        return words.stream().anyMatch(w -> ONE.contains(w.text()));
    }

    /** What the items the reply does not name are: null when the reply does not settle them. */
    private FindingState rest(boolean strict, Map<Integer, FindingState> states) {
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).has(Role.REST)) {
                Polarity p = polarity(found.get(k).first());
                if (p.cue() < 0 || p.ambiguous()) {
                    failed = true;
                    return null;
                }
                attached.add(p.cue());
                return p.state();
            }
        }
        Set<Role> global = EnumSet.noneOf(Role.class);
        for (int k = 0; k < found.size(); k++) {
            if (attached.contains(k)) {
                continue;
            }
            for (Cue cue : found.get(k).cues()) {
                if (ANSWERS.contains(cue.role())) {
                    global.add(cue.role());
                    break;
                }
            }
        }
        if (strict) {
            global.removeAll(NEGATIVE);
        }
        if (global.contains(Role.BOTH)) {
            if (n == 2) {
                global.add(Role.ALL);
            } else if (states.size() < 2) {
                failed = true;
                return null;
            }
        }
        boolean negative = global.contains(Role.NO) || global.contains(Role.NONE) || global.contains(Role.NOT);
        if (global.contains(Role.ALL)) {
            if (negative) {
                failed = true;
                return null;
            }
            return global.contains(Role.UNSURE) ? FindingState.unknown : FindingState.present;
        }
        if (negative) {
            if (global.contains(Role.YES) && states.isEmpty()) {
                failed = true;
                return null;
            }
            return global.contains(Role.UNSURE) ? FindingState.unknown : FindingState.absent;
        }
        if (global.contains(Role.UNSURE)) {
            return FindingState.unknown;
        }
        if (global.contains(Role.YES) && n == 1) {
            return FindingState.present;
        }
        if (global.contains(Role.YES) && states.isEmpty()) {
            bareYes = true;
            return null;
        }
        boolean doubt = unsure || states.containsValue(FindingState.unknown);
        if (redFlag && !explicitPick() && words.stream().anyMatch(w -> CIRCUMSTANCE.contains(w.text()))) {
            // On red-flag items, label words joined as circumstances ("suddenly while lifting") describe what
            // happened; they do not say the other items did not. A pick ("the lifting one", "the second",
            // "just the first") still closes them.
            return null;
        }
        return states.containsValue(FindingState.present) && picked && !strict && !doubt ? FindingState.absent : null;
    }

    /**
     * The state the reply gives the item named at {@code word}: the nearest answer word before it in its
     * clause, else the next one after it (before any other item), else present.
     */
    private Polarity polarity(int word) {
        int clause = words.get(word).clause();
        for (int k = found.size() - 1; k >= 0; k--) {
            AnswerLexicon.Found f = found.get(k);
            if (f.last() >= word || words.get(f.first()).clause() != clause) {
                continue;
            }
            Polarity p = cuePolarity(k);
            if (p != null) {
                return p;
            }
        }
        for (int k = 0; k < found.size(); k++) {
            AnswerLexicon.Found f = found.get(k);
            if (f.first() <= word || words.get(f.first()).clause() != clause) {
                continue;
            }
            int at = f.first();
            if (refs.stream().anyMatch(r -> r.word() > word && r.word() < at)) {
                break;
            }
            if (f.has(Role.YES) || f.has(Role.NO) || f.has(Role.NOT) || f.has(Role.UNSURE)) {
                return cuePolarity(k);
            }
            if (isExcept(f)) {
                break;
            }
        }
        return new Polarity(FindingState.present, -1, false);
    }

    private Polarity cuePolarity(int k) {
        AnswerLexicon.Found f = found.get(k);
        if (f.has(Role.YES) || f.has(Role.ONLY) || f.has(Role.ALL)) {
            return new Polarity(FindingState.present, k, false);
        }
        if (f.has(Role.NO) || f.has(Role.NOT) || f.has(Role.NONE)) {
            return new Polarity(FindingState.absent, k, false);
        }
        if (f.has(Role.UNSURE)) {
            return new Polarity(FindingState.unknown, k, false);
        }
        if (isExcept(f)) {
            return exceptPolarity(k);
        }
        return null;
    }

    /**
     * "all but X", "all except X": X is absent; "none except X", "no, but X": X is present. With no answer
     * word before, the next one decides ("apart from the first, no"); with none at all, "but" ticks and
     * "except" is ambiguous.
     */
    private Polarity exceptPolarity(int k) {
        boolean but = found.get(k).has(Role.BUT);
        for (int j = k - 1; j >= 0; j--) {
            AnswerLexicon.Found f = found.get(j);
            if (f.has(Role.ALL) || f.has(Role.BOTH)) {
                return new Polarity(FindingState.absent, k, false);
            }
            if (f.has(Role.YES)) {
                return new Polarity(but ? FindingState.present : FindingState.absent, k, false);
            }
            if (f.has(Role.NO) || f.has(Role.NONE)) {
                return new Polarity(FindingState.present, k, false);
            }
        }
        for (int j = k + 1; j < found.size(); j++) {
            AnswerLexicon.Found f = found.get(j);
            if (f.has(Role.NO) || f.has(Role.NONE)) {
                return new Polarity(FindingState.present, k, false);
            }
            if (f.has(Role.ALL) || f.has(Role.YES)) {
                return new Polarity(FindingState.absent, k, false);
            }
        }
        return but ? new Polarity(FindingState.present, k, false) : new Polarity(null, k, true);
    }

    private static boolean isExcept(AnswerLexicon.Found f) {
        return f.has(Role.EXCEPT) || f.has(Role.BUT);
    }

    /**
     * The interpreter's state for an item it found; when it reads the item absent only because of a bare
     * answer word in an earlier clause ("no, he wet himself"), the clause alone decides.
     */
    private FindingState mentionState(String text, Mention m, int[] span, Interpretation said,
            Function<String, Interpretation> interpret) {
        FindingState state = switch (m.state()) {
            case present -> FindingState.present;
            case absent -> FindingState.absent;
            case uncertain -> FindingState.unknown;
        };
        if (state != FindingState.absent || words.get(span[0]).clause() == 0) {
            return state;
        }
        int clause = words.get(span[0]).clause();
        int clauseStart = span[0];
        while (clauseStart > 0 && words.get(clauseStart - 1).clause() == clause) {
            clauseStart--;
        }
        int startOffset = words.get(clauseStart).start();
        boolean findingBefore = said.findings().stream().anyMatch(o -> o != m && span(text, o)[1] < span[0])
                || said.uncertain().stream().anyMatch(o -> span(text, o)[1] < span[0]);
        if (findingBefore) {
            return state;
        }
        Interpretation alone = interpret.apply(text.substring(startOffset));
        boolean presentAlone = alone.findings().stream()
                .anyMatch(o -> o.id().equals(m.id()) && o.state() == MentionState.present);
        return presentAlone ? FindingState.present : state;
    }

    /** The first and last reply words inside a mention (first > last when none). */
    private int[] span(String text, Mention m) {
        int start = text.offsetByCodePoints(0, m.start());
        int end = text.offsetByCodePoints(0, m.end());
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() < end && words.get(i).end() > start) {
                first = Math.min(first, i);
                last = i;
            }
        }
        return first == Integer.MAX_VALUE ? new int[] {0, -1} : new int[] {first, last};
    }

    private boolean unitAfter(int k) {
        return k + 1 < found.size() && found.get(k + 1).has(Role.UNIT) && found.get(k + 1).first() == found.get(k).last() + 1;
    }

    private boolean isDigits(AnswerLexicon.Found f) {
        return words.get(f.first()).text().chars().allMatch(Character::isDigit);
    }

    /** Whether a mention's words are only digits and the words beside picks ("8 and 10"). */
    private boolean onlyNumbers(int[] span, Set<String> referenceWords) {
        boolean digits = false;
        for (int i = span[0]; i <= span[1]; i++) {
            String w = words.get(i).text();
            boolean number = w.chars().allMatch(Character::isDigit);
            digits |= number;
            if (!number && !referenceWords.contains(w)) {
                return false;
            }
        }
        return digits;
    }

    private static FindingState merge(FindingState a, FindingState b) {
        if (a == FindingState.present || b == FindingState.present) {
            return FindingState.present;
        }
        return a == FindingState.unknown || b == FindingState.unknown ? FindingState.unknown : FindingState.absent;
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean v : values) {
            if (!v) {
                return false;
            }
        }
        return true;
    }
}
