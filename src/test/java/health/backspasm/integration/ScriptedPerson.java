package health.backspasm.integration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The truth about one person, as a chatbot would learn it: the message they type first, then the
 * replies they type to each interview question, in words ("nope, none of those", "the second one",
 * "not sure about the fifth, no to the rest", "38", "since Tuesday"), composed from the truth: a finding
 * is present when it is in {@code presentFindings}, unknown to them when in {@code unsureFindings},
 * absent otherwise.
 */
record ScriptedPerson(String message, int age, int durationDays, Set<String> presentFindings,
        Set<String> unsureFindings) {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    ScriptedPerson {
        presentFindings = Set.copyOf(presentFindings);
        unsureFindings = Set.copyOf(unsureFindings);
    }

    /**
     * A lower-back strain from lifting, no red flags: the common case a chatbot meets. The pain began
     * last Tuesday (a week ago when today is Tuesday), and they are not sure about earlier spasms.
     */
    static ScriptedPerson liftingStrain() {
        return new ScriptedPerson(
                "My lower back suddenly went into a spasm while lifting heavy boxes at work. "
                        + "It hurts more when I move. No numbness and no fever.",
                38, sinceTuesday(),
                Set.of("pain.lower_back", "onset.sudden", "onset.lifting", "lifting.heavy_objects",
                        "pain.worse_with_movement", "muscle.palpable_tension", "muscle.stiffness"),
                Set.of("history.recurrent_spasms"));
    }

    /** Days since the last Tuesday, by the UTC calendar the service reads "since Tuesday" with. */
    static int sinceTuesday() {
        int back = (LocalDate.now(ZoneOffset.UTC).getDayOfWeek().getValue() - 2 + 7) % 7;
        return back == 0 ? 7 : back;
    }

    boolean has(String findingId) {
        return presentFindings.contains(findingId);
    }

    String stateOf(String findingId) {
        return has(findingId) ? "present" : unsureFindings.contains(findingId) ? "unknown" : "absent";
    }

    /** What the person types back to a question of this kind about these findings. */
    String reply(String kind, List<String> findingIds) {
        switch (kind) {
            case "age":
                return String.valueOf(age);
            case "duration":
                return durationDays == sinceTuesday() ? "since " + WEEKDAYS[1] : String.valueOf(durationDays);
            default:
                break;
        }
        List<Integer> present = new ArrayList<>();
        List<Integer> unsure = new ArrayList<>();
        for (int i = 0; i < findingIds.size(); i++) {
            String state = stateOf(findingIds.get(i));
            if (state.equals("present")) {
                present.add(i);
            } else if (state.equals("unknown")) {
                unsure.add(i);
            }
        }
        if (findingIds.size() == 1) {
            return !present.isEmpty() ? "yes" : !unsure.isEmpty() ? "not sure" : "no";
        }
        if (present.isEmpty() && unsure.isEmpty()) {
            return "nope, none of those";
        }
        StringBuilder reply = new StringBuilder();
        if (!present.isEmpty()) {
            reply.append(positions(present));
        }
        if (!unsure.isEmpty()) {
            reply.append(reply.length() == 0 ? "" : ", ").append("not sure about ").append(positions(unsure));
            if (present.size() + unsure.size() < findingIds.size()) {
                reply.append(", no to the rest");
            }
        }
        return reply.toString();
    }

    private static String positions(List<Integer> items) {
        List<String> words = items.stream().map(i -> "the " + ORDINALS[i]).toList();
        return words.size() == 1 ? words.get(0) + " one" : String.join(" and ", words);
    }
}
