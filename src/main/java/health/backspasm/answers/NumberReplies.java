package health.backspasm.answers;

import health.backspasm.answers.Cue.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the number a reply gives to an age or duration question when the interpreter has not: a bare
 * number ("45", "forty-five"), a count of units ("3 weeks", "a couple of days"), a day named relative
 * to today ("yesterday") or a weekday ("since Tuesday": back to the last Tuesday, a week on the same
 * day; the service's clock, UTC). Two different readings are no reading: the person is asked again.
 */
final class NumberReplies {

    static final int MAX_AGE = 120;
    static final int MAX_DAYS = 3650;

    /** Number words that only count before a unit: "a week", "a couple of days", not "a" alone. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "one", "couple");

    private final Clock clock;

    NumberReplies(Clock clock) {
        this.clock = clock;
    }

    /** The age a reply gives, or null when it gives none or several. */
    Integer age(List<ReplyText.Word> words, List<AnswerLexicon.Found> found) {
        Set<Integer> ages = new LinkedHashSet<>();
        for (Reading r : readings(words, found)) {
            if (r.unitDays() == 0 || r.unitDays() == 365) {
                ages.add(r.value());
            }
        }
        return ages.size() == 1 && ages.iterator().next() <= MAX_AGE ? ages.iterator().next() : null;
    }

    /** The days a reply gives, or null when it gives none or several. */
    Integer days(List<ReplyText.Word> words, List<AnswerLexicon.Found> found) {
        Set<Integer> days = new LinkedHashSet<>();
        for (Reading r : readings(words, found)) {
            days.add(r.unitDays() == 0 ? r.value() : r.value() * r.unitDays());
        }
        for (AnswerLexicon.Found f : found) {
            if (f.has(Role.RELATIVE_DAY)) {
                days.add(f.cue(Role.RELATIVE_DAY).value());
            } else if (f.has(Role.WEEKDAY)) {
                int today = LocalDate.now(clock).getDayOfWeek().getValue();
                int back = (today - f.cue(Role.WEEKDAY).value() + 7) % 7;
                days.add(back == 0 ? 7 : back);
            }
        }
        return days.size() == 1 && days.iterator().next() <= MAX_DAYS ? days.iterator().next() : null;
    }

    /** A number, with the days of the unit that follows it (0 when none does). */
    private record Reading(int value, int unitDays) {
    }

    private static List<Reading> readings(List<ReplyText.Word> words, List<AnswerLexicon.Found> found) {
        List<Reading> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            AnswerLexicon.Found f = found.get(k);
            Cue number = f.cue(Role.NUMBER);
            if (number == null || f.has(Role.RELATIVE_DAY)) {
                continue;
            }
            int value = number.value();
            // "forty five", "forty-five": tens and units
            if (value >= 20 && value % 10 == 0 && value < 100 && k + 1 < found.size()
                    && adjacent(f, found.get(k + 1)) && found.get(k + 1).has(Role.NUMBER)
                    && found.get(k + 1).cue(Role.NUMBER).value() < 10 && found.get(k + 1).cue(Role.NUMBER).value() > 0
                    && !isDigits(words, found.get(k + 1))) {
                value += found.get(k + 1).cue(Role.NUMBER).value();
                k++;
                f = found.get(k);
            }
            AnswerLexicon.Found next = k + 1 < found.size() ? found.get(k + 1) : null;
            boolean unitNext = next != null && next.has(Role.UNIT) && next.first() - f.last() <= 2;
            boolean article = ARTICLES.contains(words.get(f.first()).text());
            if (unitNext) {
                out.add(new Reading(value, next.cue(Role.UNIT).value()));
                k++;
            } else if (!article) {
                out.add(new Reading(value, 0));
            }
        }
        return out;
    }

    private static boolean adjacent(AnswerLexicon.Found a, AnswerLexicon.Found b) {
        return b.first() == a.last() + 1;
    }

    private static boolean isDigits(List<ReplyText.Word> words, AnswerLexicon.Found f) {
        return words.get(f.first()).text().chars().allMatch(Character::isDigit);
    }
}
