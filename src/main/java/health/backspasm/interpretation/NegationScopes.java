package health.backspasm.interpretation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NegEx-style scopes: a trigger makes the findings that follow absent, an uncertainty cue makes them
 * uncertain, until the sentence ends, a terminator or another cue comes, or {@value #NEGATION_WINDOW}
 * (for uncertainty {@value #UNCERTAINTY_WINDOW}) words or findings have passed; an uncertainty scope
 * also ends at a comma. A post-trigger at the end of a clause acts on the finding just before it.
 * A cue that opens a scope only when words follow it: "No, ..." negates nothing.
 */
final class NegationScopes {

    static final int NEGATION_WINDOW = 6;
    static final int UNCERTAINTY_WINDOW = 5;
    private static final int POST_REACH = 2;

    private final Map<String, Set<CueRole>> roles;

    NegationScopes(Map<String, Set<CueRole>> roles) {
        this.roles = Map.copyOf(roles);
    }

    /** The state of each finding match (null for cue matches), by index into {@code matches}. */
    MentionState[] states(List<Token> tokens, List<PhraseMatcher.Match> matches, PhraseMatcher matcher) {
        MentionState[] states = new MentionState[matches.size()];
        MentionState scope = null;
        int budget = 0;
        int scopeSentence = -1;
        int lastFinding = -1;
        int wordsSinceFinding = 0;
        int next = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (scope != null && token.sentence() != scopeSentence) {
                scope = null;
            }
            if (lastFinding >= 0 && tokens.get(matches.get(lastFinding).last()).sentence() != token.sentence()) {
                lastFinding = -1;
            }
            if (next < matches.size() && matches.get(next).first() == i) {
                PhraseMatcher.Match match = matches.get(next);
                boolean clauseEnd = tokens.get(match.last()).clauseEndAfter();
                if (!match.pattern().cue()) {
                    states[next] = scope == null ? MentionState.present : scope;
                    budget--;
                    lastFinding = next;
                    wordsSinceFinding = 0;
                } else {
                    Set<CueRole> cue = roles.getOrDefault(match.pattern().owner(), Set.of());
                    boolean post = clauseEnd && lastFinding >= 0 && wordsSinceFinding <= POST_REACH;
                    if (post && cue.contains(CueRole.POST_TRIGGER)) {
                        states[lastFinding] = MentionState.absent;
                        scope = null;
                    } else if (post && cue.contains(CueRole.POST_UNCERTAINTY)) {
                        states[lastFinding] = MentionState.uncertain;
                        scope = null;
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
                i = match.last() + 1;
                if (scope == MentionState.uncertain && clauseEnd) {
                    scope = null;
                }
            } else {
                if (!matcher.isFiller(token)) {
                    wordsSinceFinding++;
                    budget--;
                }
                if (scope == MentionState.uncertain && token.clauseEndAfter()) {
                    scope = null;
                }
                i++;
            }
            if (budget <= 0) {
                scope = null;
            }
        }
        return states;
    }
}
