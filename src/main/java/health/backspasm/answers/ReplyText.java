package health.backspasm.answers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply into words as answers.yaml's entries are split: lower-case, accents and apostrophes
 * dropped ("don't" = "dont"), words of letters or digits ("3days" is "3" and "days"; "2nd" stays one
 * word), each with its offsets in the text (UTF-16, end exclusive) and its clause: a comma, a full stop
 * or another sentence mark ends a clause.
 */
final class ReplyText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern PARTS = Pattern.compile("\\d+|\\p{L}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u00b4\u02bc]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String CLAUSE_ENDS = ",.;:!?()\n\r";

    /** One word: as normalised, where it is in the text, and the number of its clause. */
    record Word(String text, int start, int end, int clause) {
    }

    private ReplyText() {
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int clause = 0;
        int previousEnd = 0;
        while (m.find()) {
            if (!words.isEmpty() && endsClause(text, previousEnd, m.start())) {
                clause++;
            }
            previousEnd = m.end();
            String raw = m.group();
            int at = m.start();
            // a word holding an apostrophe is one word: "don't" = "dont"
            while (m.end() < text.length() - 1 && APOSTROPHES.matcher(text.substring(m.end(), m.end() + 1)).matches()
                    && Character.isLetter(text.charAt(m.end() + 1)) && m.find()) {
                raw = raw + m.group();
                previousEnd = m.end();
            }
            String normal = normalise(raw);
            if (ORDINAL.matcher(normal).matches()) {
                words.add(new Word(normal, at, previousEnd, clause));
                continue;
            }
            Matcher parts = PARTS.matcher(normal);
            while (parts.find()) {
                words.add(new Word(parts.group(), at, previousEnd, clause));
            }
        }
        return words;
    }

    /** The words of an entry of answers.yaml, joined by single spaces: how entries are looked up. */
    static String key(String entry) {
        return String.join(" ", words(entry).stream().map(Word::text).toList());
    }

    /** The word with each run of a repeated letter squeezed to one: "yesss" is "yes", "noooo" "no". */
    static String squeezed(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1) || Character.isDigit(word.charAt(i))) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean endsClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String raw) {
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFKD);
        return APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
