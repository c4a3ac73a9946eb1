package health.backspasm.interpretation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NegEx-style scopes: a trigger makes the findings that follow absent, an uncertainty cue makes them
 * uncertain, until the sentence ends, a terminator or another cue comes, or {@value #NEGATION_WINDOW}
 * (for uncertainty {@value #UNCERTAINTY_WINDOW}) words or findings have passed; an uncertainty scope
 * also ends at a comma.
 * A post-trigger at the end of a clause ("bladder and bowels fine.", "saddle numbness? No.") acts on the
 * findings just before it, joined by at most one word. A trigger opens a scope only when words follow
 * it in its clause: "No, ..." negates nothing.
 * As in ConText, a denial list goes on as long as findings follow ("denies trauma, fever, numbness,
 * weakness or incontinence": each finding renews the window), a comma followed by a clause starter
 * ("no chest pain, my lower back ...") ends the scope, and a prefix trigger ("non-") negates only the
 * finding right after it.
 */
final class NegationScopes {

    static final int NEGATION_WINDOW = 6;
    static final int UNCERTAINTY_WINDOW = 5;
    private static final int POST_REACH = 2;

    /** The window a finding in a negation's scope renews, so that a denial list runs to its end. */
    static final int LIST_WINDOW = 3;

    private final Map<String, Set<CueRole>> roles;
    private final Set<String> clauseStarters;

    NegationScopes(Map<String, Set<CueRole>> roles, Set<String> clauseStarters) {
        this.roles = Map.copyOf(roles);
        this.clauseStarters = Set.copyOf(clauseStarters);
    }

    /** Whether a gap parts a finding from a later post-cue: a comma or full stop does, "?" or ":" does not. */
    private static boolean separates(String gap) {
        return gap.indexOf(',') >= 0 || gap.indexOf('.') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf('(') >= 0;
    }

    /** The state of each finding match (null for cue matches), by index into {@code matches} (in text order). */
    MentionState[] states(List<Token> tokens, List<PhraseMatcher.Match> matches, PhraseMatcher matcher) {
        MentionState[] states = new MentionState[matches.size()];
        MentionState scope = null;
        int budget = 0;
        int scopeSentence = -1;
        int lastFinding = -1;
        List<Integer> chain = new ArrayList<>();
        boolean clauseBroken = false;
        boolean postBlocked = false;
        int wordsSinceFinding = 0;
        int next = 0;
        int coveredUntil = -1;
        int prefixAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (scope != null && token.sentence() != scopeSentence) {
                scope = null;
            }
            if (scope == MentionState.absent && i > 0 && i > coveredUntil && tokens.get(i - 1).clauseEndAfter()
                    && clauseStarters.contains(token.surface())) {
                scope = null;
            }
            if (lastFinding >= 0 && tokens.get(matches.get(lastFinding).last()).sentence() != token.sentence()
                    && !(i > 0 && tokens.get(i - 1).gapAfter().contains("?")
                            && tokens.get(i - 1).sentence() == tokens.get(matches.get(lastFinding).last()).sentence())) {
                lastFinding = -1;
            }
            boolean matched = false;
            while (next < matches.size() && matches.get(next).first() == i) {
                PhraseMatcher.Match match = matches.get(next);
                matched = true;
                coveredUntil = Math.max(coveredUntil, match.last());
                boolean clauseEnd = tokens.get(match.last()).clauseEndAfter();
                if (!match.pattern().cue()) {
                    states[next] = i == prefixAt ? MentionState.absent : scope == null ? MentionState.present : scope;
                    budget--;
                    if (scope == MentionState.absent) {
                        budget = Math.max(budget, LIST_WINDOW);
                    }
                    if (lastFinding < 0 || clauseBroken || wordsSinceFinding > 1) {
                        chain.clear();
                    }
                    chain.add(next);
                    clauseBroken = false;
                    postBlocked = false;
                    lastFinding = next;
                    wordsSinceFinding = 0;
                } else {
                    Set<CueRole> cue = roles.getOrDefault(match.pattern().owner(), Set.of());
                    boolean post = clauseEnd && lastFinding >= 0 && !postBlocked && wordsSinceFinding <= POST_REACH;
                    if (post && cue.contains(CueRole.POST_TRIGGER)) {
                        chain.forEach(f -> states[f] = MentionState.absent);
                        scope = null;
                    } else if (post && cue.contains(CueRole.POST_UNCERTAINTY)) {
                        chain.forEach(f -> states[f] = MentionState.uncertain);
                        scope = null;
                    } else if (cue.contains(CueRole.PREFIX_TRIGGER)) {
                        prefixAt = match.last() + 1;
                    } else if (cue.contains(CueRole.TRIGGER)) {
                        scope = clauseEnd ? null : MentionState.absent;
                        budget = NEGATION_WINDOW;
                    } else if (cue.contains(CueRole.UNCERTAINTY)) {
                        scope = clauseEnd ? null : MentionState.uncertain;
                        budget = UNCERTAINTY_WINDOW;
                    } else if (cue.contains(CueRole.TERMINATOR)) {
                        scope = null;
                    } else {
                        budget--;
                    }
                    scopeSentence = token.sentence();
                    lastFinding = -1;
                }
                next++;
            }
            if (!matched && i > coveredUntil && !matcher.isFiller(token)) {
                wordsSinceFinding++;
                budget--;
            }
            if (scope == MentionState.uncertain && token.clauseEndAfter() && i >= coveredUntil) {
                scope = null;
            }
            if (i >= coveredUntil) {
                clauseBroken |= token.clauseEndAfter();
                postBlocked |= separates(token.gapAfter());
            }
            if (budget <= 0) {
                scope = null;
            }
        }
        return states;
    }
}
