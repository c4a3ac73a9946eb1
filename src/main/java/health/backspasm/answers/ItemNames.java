package health.backspasm.answers;

import health.backspasm.knowledge.Finding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a checklist's items by the words of their labels and ids ("the bladder one" is "New bladder
 * problems", "the trauma one" is {@code injury.major_trauma}):
 * a label word names an item when no other item of the same question has it. Words are compared by a
 * light stem ("numb" = "numbness", "tingly" = "tingling") and, from five letters, with one typo allowed.
 * The stems of every label are built once.
 */
final class ItemNames {

    private static final List<String> SUFFIXES = List.of("ness", "ing", "ful", "ed", "es", "ly", "s", "y");

    private final Map<String, Set<String>> stemsByFinding;
    private final Map<String, Set<String>> labelWords;

    ItemNames(List<Finding> findings, Set<String> ignored) {
        Map<String, Set<String>> map = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (Finding f : findings) {
            Set<String> stems = new LinkedHashSet<>();
            Set<String> all = new HashSet<>();
            // the label's words, and the id's ("injury.major_trauma": "the trauma one")
            String named = f.label() + " " + f.id().replace('.', ' ').replace('_', ' ');
            for (ReplyText.Word w : ReplyText.words(named)) {
                all.add(w.text());
                all.add(stem(w.text()));
                if (!ignored.contains(w.text()) && w.text().length() > 2 && !isDigits(w.text())) {
                    stems.add(stem(w.text()));
                }
            }
            map.put(f.id(), Set.copyOf(stems));
            words.put(f.id(), Set.copyOf(all));
        }
        this.stemsByFinding = Map.copyOf(map);
        this.labelWords = Map.copyOf(words);
    }

    /** Whether a word of a reply is a word of the finding's label ("warm" of "No warm-up"). */
    boolean inLabel(String findingId, String word) {
        Set<String> words = labelWords.getOrDefault(findingId, Set.of());
        return words.contains(word) || words.contains(stem(word));
    }

    /** For the question's items, the stems that name exactly one of them, with its position. */
    Map<String, Integer> distinctive(List<String> itemIds) {
        Map<String, Integer> owner = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int i = 0; i < itemIds.size(); i++) {
            for (String stem : stemsByFinding.getOrDefault(itemIds.get(i), Set.of())) {
                if (owner.putIfAbsent(stem, i) != null) {
                    shared.add(stem);
                }
            }
        }
        owner.keySet().removeAll(shared);
        return owner;
    }

    /** The item a word of a reply names among {@code distinctive}, or -1. */
    static int named(String word, Map<String, Integer> distinctive) {
        if (word.length() <= 2 || isDigits(word)) {
            return -1;
        }
        String stem = stem(word);
        Integer exact = distinctive.get(stem);
        if (exact != null) {
            return exact;
        }
        if (stem.length() < 5) {
            return -1;
        }
        int found = -1;
        for (Map.Entry<String, Integer> e : distinctive.entrySet()) {
            String target = e.getKey();
            if (target.length() >= 5 && target.charAt(0) == stem.charAt(0) && withinOneEdit(stem, target)) {
                if (found >= 0 && found != e.getValue()) {
                    return -1;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** One insertion, deletion, substitution or swap of neighbours at most. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        String ra = a.substring(Math.min(i + 1, a.length()));
        String rb = b.substring(Math.min(i + 1, b.length()));
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swap || ra.equals(rb);
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static boolean isDigits(String word) {
        return word.chars().allMatch(Character::isDigit);
    }
}
