package health.backspasm.answers;

/**
 * What a word or words of a reply do, read from knowledge/answers.yaml: a role, and for numbers,
 * positions and days its value.
 */
record Cue(Role role, int value) {

    enum Role {
        YES, NO, UNSURE, NOT, ALL, NONE, BOTH, REST, EXCEPT, BUT, ONLY,
        ORDINAL, LAST, SECOND_LAST, NUMBER, UNIT, RELATIVE_DAY, WEEKDAY, FILLER
    }

    /** The roles that answer a yes/no question or settle a checklist's items not named. */
    boolean isAnswer() {
        return switch (role) {
            case YES, NO, UNSURE, ALL, NONE, BOTH -> true;
            default -> false;
        };
    }
}
