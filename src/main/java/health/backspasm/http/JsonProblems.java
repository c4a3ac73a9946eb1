package health.backspasm.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Explains why Jackson could not read a body, in the caller's terms: where the JSON breaks, or
 * which field (as a JSON path) holds a value of the wrong type. A detail quotes at most a short
 * piece of what was sent, never the body.
 */
final class JsonProblems {

    private static final int MAX_QUOTE = 120;
    /** Jackson's message for a repeated property (STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);
    /** Jackson's message for content after the value (FAIL_ON_TRAILING_TOKENS). */
    private static final String TRAILING = "Trailing token";

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException broken) {
                Matcher duplicate = DUPLICATE.matcher(String.valueOf(broken.getOriginalMessage()));
                if (duplicate.find()) {
                    return Problem.of(ProblemType.MALFORMED_JSON, "The body repeats the property '"
                            + Truncation.of(duplicate.group(1)) + "' in one object" + where(broken)
                            + ": send each property once.");
                }
                return Problem.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON" + where(broken) + ": "
                        + quote(broken.getOriginalMessage()));
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = JsonPaths.of(u.getPath());
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String message = "is not a known property" + (known.isEmpty() ? "" : "; known properties here: " + known);
            return invalid(field, message);
        }
        if (e instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).startsWith(TRAILING)) {
            return Problem.of(ProblemType.MALFORMED_JSON, "The body has content after its JSON value" + where(e)
                    + ": send exactly one JSON value.");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return invalid(JsonPaths.of(m.getPath()), mustBe(m.getTargetType()));
        }
        if (e instanceof ValueInstantiationException v && !v.getPath().isEmpty()) {
            return invalid(JsonPaths.of(v.getPath()), "has a value that cannot be used");
        }
        if (e instanceof MismatchedInputException m) {
            return Problem.of(ProblemType.MALFORMED_JSON, "The body " + mustBe(m.getTargetType()) + where(e) + ".");
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The body cannot be read" + where(e) + ".");
    }

    private static Problem invalid(String field, String message) {
        String name = field.isEmpty() ? "body" : Truncation.of(field);
        return Problem.invalid("'" + name + "' " + message + ".", List.of(new Problem.FieldError(name, message)));
    }

    /** What a value of the target type must be in JSON, as a phrase after "must be"; null when unclear. */
    static String expected(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return null;
    }

    private static String mustBe(Class<?> type) {
        String expected = expected(type);
        return expected == null ? "has the wrong type" : "must be " + expected;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** Jackson's location inside a message, "[Source: REDACTED (...); line: 1, column: 7]". */
    private static final Pattern SOURCE = Pattern.compile(
            "\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    private static final Pattern ANY_SOURCE = Pattern.compile("\\[Source: [^\\]]*]");

    private static String quote(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
        first = SOURCE.matcher(first).replaceAll("line $1, column $2");
        first = ANY_SOURCE.matcher(first).replaceAll("").strip();
        return first.length() <= MAX_QUOTE ? first : first.substring(0, MAX_QUOTE) + "…";
    }
}
