package health.backspasm.interpretation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a person's age and how long the pain has lasted from a text's tokens, in digits or words:
 * "I'm 34", "a 34-year-old", "aged 67", "34yo", "for 3 weeks", "two days ago", "since yesterday",
 * clinicians' "3/7" (days) and "2/52" (weeks). A number counts only in one of these shapes, so
 * "lifting 20 kg" is neither, and "3 weeks" is never an age; values out of range are skipped.
 * "since Tuesday" counts from the request date; "all week" is 7 days; "x3d" is clinicians' 3 days.
 * The age is the patient's: when the message is about another person, "I'm 34" is the writer's and is
 * passed over; when it is about the writer, "my dad is 70" is passed over. A duration given by "for" or
 * by "years ago" counts only when its clause names the episode (an {@code episodeWords} entry of
 * {@code context.yaml}), so "lifted for 6 years" and "dx 5 yrs ago" are not the pain's duration.
 * This is English grammar, not medical knowledge, so it lives in code.
 */
final class NumberReader {

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me");

    private final Set<String> episodeWords;

    NumberReader(Set<String> episodeWords) {
        this.episodeWords = Set.copyOf(episodeWords);
    }

    /** The numbers found; either may be null. */
    record Numbers(Integer age, Integer durationDays) {
    }

    static final int MAX_AGE = 120;
    static final int MAX_DAYS = 3650;

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** Words that stand for a count only before a unit of time: "a week", "a couple of days". */
    private static final Map<String, Integer> VAGUE = Map.of("a", 1, "an", 1, "couple", 2, "few", 3, "several", 3);
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("day", 1), Map.entry("days", 1), Map.entry("d", 1), Map.entry("dys", 1),
            Map.entry("night", 1), Map.entry("nights", 1),
            Map.entry("week", 7), Map.entry("weeks", 7), Map.entry("wk", 7), Map.entry("wks", 7),
            Map.entry("w", 7), Map.entry("fortnight", 14), Map.entry("fortnights", 14),
            Map.entry("month", 30), Map.entry("months", 30), Map.entry("mo", 30), Map.entry("mos", 30),
            Map.entry("mth", 30), Map.entry("mths", 30), Map.entry("mnth", 30), Map.entry("mnths", 30),
            Map.entry("year", 365), Map.entry("years", 365), Map.entry("yr", 365), Map.entry("yrs", 365),
            Map.entry("hour", 0), Map.entry("hours", 0), Map.entry("hr", 0), Map.entry("hrs", 0),
            Map.entry("minute", 0), Map.entry("minutes", 0), Map.entry("mins", 0));
    private static final Set<String> AGE_UNITS = Set.of("year", "years", "yr", "yrs", "y");
    private static final Set<String> AGE_MARKS = Set.of("yo", "yoa", "y.o", "yrs.old");
    private static final Set<String> SEX_WORDS = Set.of("m", "f", "male", "female", "man", "woman", "guy", "lady");
    private static final Set<String> FREQUENCY = Set.of("a", "an", "per", "each", "every", "x");
    private static final Set<String> APPROXIMATELY = Set.of("the", "about", "around", "almost", "nearly", "over",
            "like", "roughly", "approx", "approximately", "past", "last", "good", "at", "least", "maybe", "more",
            "than", "just", "under", "a", "an");
    private static final Map<String, Integer> DAYS_AGO = Map.of("today", 0, "tonight", 0, "yesterday", 1);
    private static final Map<String, Integer> LAST = Map.of("night", 1, "week", 7, "weekend", 3, "month", 30,
            "year", 365);
    private static final Map<String, Integer> THIS = Map.of("morning", 0, "afternoon", 0, "evening", 0);
    private static final Map<String, Integer> CLINICAL_DIVISORS = Map.of("7", 1, "52", 7, "12", 30);
    /** Every word that may begin a number, so that the many words that cannot are passed over at once. */
    private static final Set<String> NUMBER_WORDS = numberWords();

    private static Set<String> numberWords() {
        Set<String> words = new HashSet<>(WORDS.keySet());
        words.addAll(TENS.keySet());
        words.addAll(VAGUE.keySet());
        return Set.copyOf(words);
    }

    private record Value(int value, int next, boolean vague) {
    }

    Numbers read(List<Token> tokens) {
        return read(tokens, java.time.LocalDate.now(java.time.ZoneOffset.UTC), false);
    }

    /** The numbers, with weekdays counted back from {@code today}; {@code aboutOther}: the writer is not the patient. */
    Numbers read(List<Token> tokens, java.time.LocalDate today, boolean aboutOther) {
        return new Numbers(age(tokens, aboutOther), duration(tokens, today));
    }

    private Integer age(List<Token> t, boolean aboutOther) {
        for (int i = 0; i < t.size(); i++) {
            String word = t.get(i).surface();
            Integer found = null;
            Value v = value(t, i, false);
            if (v != null) {
                String after = word(t, v.next());
                if (AGE_MARKS.contains(after)
                        || AGE_UNITS.contains(after) && ("old".equals(word(t, v.next() + 1))
                                || "o".equals(word(t, v.next() + 1))
                                || "of".equals(word(t, v.next() + 1)) && "age".equals(word(t, v.next() + 2)))
                        || SEX_WORDS.contains(after) && i <= 2 && !UNITS.containsKey(after)) {
                    found = v.value();
                }
            }
            String[] split = splitDigits(word);
            if (split != null && (AGE_MARKS.contains(split[1]) || (split[1].equals("m") || split[1].equals("f")) && i <= 2
                    || AGE_UNITS.contains(split[1]) && "old".equals(word(t, i + 1)))) {
                found = Integer.parseInt(split[0]);
            }
            if ((word.equals("aged") || word.equals("age")) && found == null) {
                int j = word(t, i + 1).equals("is") ? i + 2 : i + 1;
                Value a = value(t, j, false);
                if (a != null && !UNITS.containsKey(word(t, a.next()))) {
                    found = a.value();
                }
            }
            boolean writer = FIRST_PERSON.contains(word);
            boolean someoneFitting = aboutOther ? !writer : writer;
            if (PEOPLE.contains(word) && someoneFitting && (t.get(i).gapAfter().strip().equals("(")
                    || t.get(i).gapAfter().strip().equals(",") || !t.get(i).clauseEndAfter())) {
                int j = word(t, i + 1).equals("is") || word(t, i + 1).equals("aged") ? i + 2 : i + 1;
                Value a = value(t, j, false);
                if (a != null && (a.next() >= t.size() || t.get(a.next() - 1).clauseEndAfter()
                                || !UNITS.containsKey(word(t, a.next())) && !MEASURES.contains(word(t, a.next())))) {
                    found = a.value();
                }
            }
            if (i == 0 && !aboutOther && isDigits(word) && t.get(i).gapAfter().strip().startsWith(",")
                    && t.size() > 1 && !UNITS.containsKey(word(t, 1)) && !MEASURES.contains(word(t, 1))) {
                found = Integer.parseInt(word);
            }
            if (i > 0 && i <= 3 && isDigits(word) && t.get(i - 1).gapAfter().contains(",")
                    && t.get(i).gapAfter().strip().startsWith(",")) {
                found = Integer.parseInt(word);
            }
            if (word.equals("turned")) {
                Value a = value(t, i + 1, false);
                found = a == null ? null : a.value();
            }
            if (!aboutOther && (word.equals("im") || word.equals("i") && word(t, i + 1).equals("am"))) {
                int j = word.equals("im") ? i + 1 : i + 2;
                Value a = value(t, j, false);
                if (a != null && (a.next() >= t.size() || t.get(a.next() - 1).clauseEndAfter()
                        || !UNITS.containsKey(word(t, a.next())) && !MEASURES.contains(word(t, a.next())))) {
                    found = a.value();
                }
            }
            if (found != null && found >= 0 && found <= MAX_AGE) {
                return found;
            }
        }
        return null;
    }

    /** Who a chatbot user may speak for: "my husband (56)", "she is 82". */
    private static final Set<String> PEOPLE = Set.of("he", "she", "husband", "wife", "mum", "mom", "mother", "dad",
            "father", "grandmother", "grandfather", "grandma", "grandpa", "nan", "granny", "son", "daughter",
            "partner", "boyfriend", "girlfriend", "patient", "pt", "brother", "sister", "friend", "i", "me",
            "aunt", "auntie", "aunty", "uncle", "grandad", "granddad", "gran", "nana", "boy", "girl", "lad", "kid",
            "child", "teenager", "mam", "mummy", "daddy", "stepdad", "stepmum", "hubby", "missus", "bloke", "man",
            "woman", "guy", "lady", "gentleman");

    private static final Set<String> MEASURES = Set.of("kg", "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds",
            "stone", "st", "ft", "feet", "foot", "cm", "inches", "inch", "miles", "mile", "km", "k", "percent", "times",
            "reps", "sets", "minutes", "m", "metres", "meters");

    private Integer duration(List<Token> t, java.time.LocalDate today) {
        Integer best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            String word = t.get(i).surface();
            int rank = Integer.MAX_VALUE;
            Integer days = null;
            if (word.equals("since") && !t.get(i).clauseEndAfter() && WEEKDAYS.contains(word(t, i + 1))) {
                int back = (today.getDayOfWeek().getValue() - 1 - WEEKDAYS.indexOf(word(t, i + 1)) + 7) % 7;
                days = back == 0 ? 7 : back;
                rank = 1;
            }
            if (days == null && word.equals("all") && word(t, i + 1).equals("week")) {
                days = LAST.get(word(t, i + 1));
                rank = 2;
            }
            if (days == null && word.startsWith("x") && word.length() > 1 && Character.isDigit(word.charAt(1))) {
                String[] split = splitDigits(word.substring(1));
                if (split != null && UNITS.containsKey(split[1])) {
                    days = Integer.parseInt(split[0]) * UNITS.get(split[1]);
                    rank = 1;
                } else if (isDigits(word.substring(1)) && t.get(i).gapAfter().strip().equals("/")
                        && CLINICAL_DIVISORS.containsKey(word(t, i + 1))) {
                    days = Integer.parseInt(word.substring(1)) * CLINICAL_DIVISORS.get(word(t, i + 1));
                    rank = 1;
                }
            }
            if (days == null && word.equals("x") && span(t, i + 1, false) != null) {
                days = span(t, i + 1, false);
                rank = 1;
            }
            if (days == null && (word.equals("couple") || word.equals("few")) && UNITS.containsKey(word(t, i + 1))
                    && !Set.of("every", "past", "the", "last", "a").contains(word(t, i - 1))) {
                days = span(t, i, true);
                rank = 2;
            }
            if (days == null && (word.equals("for") || word.equals("past") || word.equals("last") || word.equals("over")
                    || word.equals("been"))) {
                int j = i + 1;
                while (j < t.size() && APPROXIMATELY.contains(word(t, j)) && value(t, j, true) == null) {
                    j++;
                }
                days = span(t, j, true);
                rank = 1;
                if (days != null && days == 0 && (word.equals("for") || word.equals("over") || word.equals("been"))) {
                    days = null;
                }

            }
            if (days == null) {
                Integer ago = span(t, i, true);
                if (ago != null && word(t, unitEnd(t, i)).equals("ago") && true) {
                    days = ago;
                    rank = 1;
                }
            }
            if (days == null && word.equals("since") && !t.get(i).clauseEndAfter()) {
                String after = word(t, i + 1);
                if (DAYS_AGO.containsKey(after)) {
                    days = DAYS_AGO.get(after);
                } else if (after.equals("last") && LAST.containsKey(word(t, i + 2))) {
                    days = LAST.get(word(t, i + 2));
                } else if (after.equals("this") && THIS.containsKey(word(t, i + 2))) {
                    days = 0;
                }
                rank = 1;
            }
            if (days == null && DAYS_AGO.containsKey(word)) {
                days = DAYS_AGO.get(word);
                rank = 3;
            }
            if (days == null && word.equals("last") && LAST.containsKey(word(t, i + 1))
                    && !FREQUENCY.contains(word(t, i - 1))) {
                days = LAST.get(word(t, i + 1));
                rank = 3;
            }
            if (days == null && word.equals("this") && THIS.containsKey(word(t, i + 1))) {
                days = 0;
                rank = 3;
            }
            if (days == null && isDigits(word) && t.get(i).gapAfter().strip().equals("/")
                    && CLINICAL_DIVISORS.containsKey(word(t, i + 1))) {
                days = Integer.parseInt(word) * CLINICAL_DIVISORS.get(word(t, i + 1));
                rank = 2;
            }
            if (days == null && !FREQUENCY.contains(word(t, i - 1)) && !word(t, i - 1).equals("every")) {
                days = span(t, i, false);
                rank = days != null && days == 0 ? Integer.MAX_VALUE : 2;
            }
            if (days != null && (word(t, i - 1).equals("pregnant") || word(t, unitEnd(t, i)).equals("pregnant"))) {
                days = null;
            }
            if (days != null && rank == 3 && clauseDenies(t, i)) {
                // "Today no leg pain": a bare day word sets the time of what the clause denies, not an onset.
                days = null;
            }
            if (days != null && !clinical(t, i) && !clauseNamesEpisode(t, i, days < 365)) {
                days = null;
            }
            if (days != null && days >= 0 && days <= MAX_DAYS && rank < bestRank) {
                best = days;
                bestRank = rank;
            }
        }
        return best;
    }

    private static final Set<String> DENIALS = Set.of("no", "not", "never", "nothing", "without", "none");

    /** Whether a denial follows token {@code i} in its clause ("today no leg pain whatsoever"). */
    private static boolean clauseDenies(List<Token> t, int i) {
        for (int j = i + 1; j < t.size(); j++) {
            if (DENIALS.contains(t.get(j).surface())) {
                return true;
            }
            if (t.get(j).clauseEndAfter()) {
                return false;
            }
        }
        return false;
    }

    /** Clinicians' forms ("x3d", "3/7") name the episode's duration themselves. */
    private static boolean clinical(List<Token> t, int i) {
        String word = t.get(i).surface();
        return word.startsWith("x") && word.length() > 1 && Character.isDigit(word.charAt(1))
                || isDigits(word) && t.get(i).gapAfter().strip().equals("/");
    }

    /**
     * Whether the clause around token {@code i} names the current episode, or the clause before it when a
     * colon joins them ("Back pain: 6 weeks"), or ({@code next}) the clause after it.
     */
    private boolean clauseNamesEpisode(List<Token> t, int i, boolean next) {
        int from = i;
        while (from > 0 && !t.get(from - 1).clauseEndAfter()) {
            from--;
        }
        if (from > 0 && t.get(from - 1).gapAfter().contains(":")) {
            from--;
            while (from > 0 && !t.get(from - 1).clauseEndAfter()) {
                from--;
            }
        }
        if (next && from > 0 && !t.get(from - 1).gapAfter().contains(":")
                && t.get(from - 1).sentence() == t.get(i).sentence()) {
            from--;
            while (from > 0 && !t.get(from - 1).clauseEndAfter()) {
                from--;
            }
        }
        boolean clauseEnded = false;
        boolean content = false;
        for (int j = from; j < t.size(); j++) {
            String w = t.get(j).surface();
            if (episodeWords.contains(w)) {
                return true;
            }
            content |= !DURATION_WORDS.contains(w) && !UNITS.containsKey(w) && !mayStartNumber(w)
                    && !APPROXIMATELY.contains(w);
            if (t.get(j).clauseEndAfter() && j >= i) {
                if (!next || t.get(j).sentence() != t.get(i).sentence() || j + 1 >= t.size()
                        || t.get(j + 1).sentence() != t.get(i).sentence()) {
                    break;
                }
                clauseEnded = true;
            }
        }
        return !content;
    }

    /** The words of a duration itself: a clause of only these ("For 3 weeks.") answers "how long". */
    private static final Set<String> DURATION_WORDS = Set.of("for", "past", "last", "over", "been", "ago", "since",
            "now", "of", "x", "days", "weeks", "yesterday", "today", "tonight", "this", "morning", "night", "week",
            "weekend", "it", "started", "lbp", "hx");

    /** "3 weeks", "a couple of days", "3wks" at {@code i}: the days, or null. */
    private Integer span(List<Token> t, int i, boolean allowVague) {
        if (!mayStartNumber(word(t, i))) {
            return null;
        }
        String[] split = splitDigits(word(t, i));
        if (split != null && UNITS.containsKey(split[1])) {
            return frequencyAfter(t, i + 1) ? null : Integer.parseInt(split[0]) * UNITS.get(split[1]);
        }
        Value v = value(t, i, allowVague);
        if (v == null) {
            return null;
        }
        String unit = word(t, v.next());
        if (!UNITS.containsKey(unit) || frequencyAfter(t, v.next() + 1)) {
            return null;
        }
        if (AGE_UNITS.contains(unit) && (word(t, v.next() + 1).equals("old") || word(t, v.next() + 1).equals("of"))) {
            return null;
        }
        return v.value() * UNITS.get(unit);
    }

    private int unitEnd(List<Token> t, int i) {
        if (splitDigits(word(t, i)) != null) {
            return i + 1;
        }
        Value v = value(t, i, true);
        return v == null ? i : v.next() + 1;
    }

    private static boolean frequencyAfter(List<Token> t, int i) {
        String w = word(t, i);
        return (w.equals("a") || w.equals("an") || w.equals("per") || w.equals("each") || w.equals("every"))
                && UNITS.containsKey(word(t, i + 1));
    }

    /** A number at {@code i}: digits, words ("thirty four", "thirty-four"), or with {@code vague} "a", "a few". */
    private static Value value(List<Token> t, int i, boolean vague) {
        String w = word(t, i);
        if (!mayStartNumber(w)) {
            return null;
        }
        if (isDigits(w) && w.length() <= 4) {
            return new Value(Integer.parseInt(w), i + 1, false);
        }
        if (TENS.containsKey(w)) {
            Integer unit = WORDS.get(word(t, i + 1));
            return unit != null && unit > 0 && unit < 10 ? new Value(TENS.get(w) + unit, i + 2, false)
                    : new Value(TENS.get(w), i + 1, false);
        }
        if (WORDS.containsKey(w)) {
            return new Value(WORDS.get(w), i + 1, false);
        }
        if (vague && VAGUE.containsKey(w)) {
            String n = word(t, i + 1);
            if ((w.equals("a") || w.equals("an")) && VAGUE.containsKey(n) && !n.startsWith("a")) {
                return value(t, i + 1, true);
            }
            int next = word(t, i + 1).equals("of") ? i + 2 : i + 1;
            return new Value(VAGUE.get(w), next, true);
        }
        return null;
    }

    /** False for a word that begins neither with a digit nor a number word: it starts no number and no span. */
    private static boolean mayStartNumber(String w) {
        return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w));
    }

    /** "34yo" as {"34", "yo"}; null when the word does not start with digits followed by letters. */
    private static String[] splitDigits(String w) {
        int k = 0;
        while (k < w.length() && Character.isDigit(w.charAt(k))) {
            k++;
        }
        if (k == 0 || k == w.length() || k > 4) {
            return null;
        }
        return new String[] {w.substring(0, k), w.substring(k)};
    }

    private static boolean isDigits(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static String word(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i).surface() : "";
    }
}
