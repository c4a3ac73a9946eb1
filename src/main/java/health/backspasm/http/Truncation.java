package health.backspasm.http;

/**
 * Shortens what a caller sent before a problem quotes it: a problem names the offending value so the
 * caller can find it, but a 16 KB id need not come back as 16 KB (JSON strings may be up to 16 KiB,
 * {@link JsonReadLimits}).
 */
public final class Truncation {

    /** Most characters of a caller's value that a problem quotes; longer ones end with an ellipsis. */
    public static final int MAX_QUOTED_CHARS = 100;

    private Truncation() {
    }

    /** {@code value} if at most {@link #MAX_QUOTED_CHARS} characters, else its first ones and "…". */
    public static String of(String value) {
        if (value == null || value.length() <= MAX_QUOTED_CHARS) {
            return value;
        }
        int end = MAX_QUOTED_CHARS;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
