package health.backspasm.screening;

/**
 * Three-valued logic for red-flag rules on an incomplete case: UNKNOWN when the answer depends on
 * something not yet asked (Kleene's strong logic).
 */
enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }
}
