package health.backspasm.answers;

import health.backspasm.answers.Cue.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of answers.yaml indexed by their words, built once: finds the cues of a reply, the
 * longest entry first where entries overlap ("not sure" before "not"). A word that is no entry's word
 * is tried again with its repeated letters squeezed ("yesss").
 */
final class AnswerLexicon {

    /** One entry found in a reply: words {@code first}..{@code last} of the reply, and what they do. */
    record Found(int first, int last, List<Cue> cues) {

        Cue cue(Role role) {
            for (Cue cue : cues) {
                if (cue.role() == role) {
                    return cue;
                }
            }
            return null;
        }

        boolean has(Role role) {
            return cue(role) != null;
        }
    }

    private final Map<String, List<Cue>> entries = new HashMap<>();
    private final Set<String> knownWords = new HashSet<>();
    private int longest = 1;

    AnswerLexicon(AnswerWords words) {
        add(words.yes(), Role.YES);
        add(words.no(), Role.NO);
        add(words.unsure(), Role.UNSURE);
        add(words.not(), Role.NOT);
        add(words.all(), Role.ALL);
        add(words.none(), Role.NONE);
        add(words.both(), Role.BOTH);
        add(words.rest(), Role.REST);
        add(words.except(), Role.EXCEPT);
        add(words.but(), Role.BUT);
        add(words.only(), Role.ONLY);
        add(words.last(), Role.LAST);
        add(words.secondLast(), Role.SECOND_LAST);
        add(words.fillerWords(), Role.FILLER);
        add(words.ordinals(), Role.ORDINAL);
        add(words.numberWords(), Role.NUMBER);
        add(words.units(), Role.UNIT);
        add(words.relativeDays(), Role.RELATIVE_DAY);
        add(words.weekdays(), Role.WEEKDAY);
    }

    private void add(List<String> list, Role role) {
        list.forEach(entry -> add(entry, new Cue(role, 0)));
    }

    private void add(Map<String, Integer> map, Role role) {
        map.forEach((entry, value) -> add(entry, new Cue(role, value)));
    }

    private void add(String entry, Cue cue) {
        List<ReplyText.Word> words = ReplyText.words(entry);
        words.forEach(w -> knownWords.add(w.text()));
        longest = Math.max(longest, words.size());
        entries.computeIfAbsent(ReplyText.key(entry), k -> new ArrayList<>()).add(cue);
    }

    /** The words as the lexicon reads them: an unknown word with held-down letters is squeezed. */
    List<String> spelled(List<ReplyText.Word> words) {
        List<String> out = new ArrayList<>(words.size());
        for (ReplyText.Word w : words) {
            String text = w.text();
            if (!knownWords.contains(text) && !text.chars().allMatch(Character::isDigit)) {
                String squeezed = ReplyText.squeezed(text);
                if (knownWords.contains(squeezed)) {
                    text = squeezed;
                }
            }
            out.add(text);
        }
        return out;
    }

    /**
     * The entries found in a reply, left to right, never across a clause end; where entries overlap the
     * longest wins. Digits are found as numbers; {@code skip} marks words already read as something else.
     */
    List<Found> find(List<ReplyText.Word> words, boolean[] skip) {
        List<String> spelled = spelled(words);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (skip[i]) {
                i++;
                continue;
            }
            Found best = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < words.size() && j - i < longest; j++) {
                if (skip[j] || words.get(j).clause() != words.get(i).clause()) {
                    break;
                }
                if (j > i) {
                    key.append(' ');
                }
                key.append(spelled.get(j));
                List<Cue> cues = entries.get(key.toString());
                if (cues != null) {
                    best = new Found(i, j, cues);
                }
            }
            if (best == null && spelled.get(i).chars().allMatch(Character::isDigit) && spelled.get(i).length() <= 6) {
                best = new Found(i, i, List.of(new Cue(Role.NUMBER, Integer.parseInt(spelled.get(i)))));
            }
            if (best != null) {
                found.add(best);
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return found;
    }
}
