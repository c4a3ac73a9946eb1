package health.backspasm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a request body that Jackson cannot bind name every offending field, as the contract says:
 * Jackson stops at the first value of the wrong type (an explicit null, a string for a number, a
 * number too large for an int), which would hide every other mistake. The body of a request record
 * is kept as bytes while Jackson reads it (bodies are at most 64 KiB); only when Jackson fails, it
 * is parsed as a tree and checked field by field ({@link BodyTypeCheck}), and what remains valid in
 * type is validated too (ranges, unknown or repeated finding ids), so that one problem lists them
 * all. A body that is not JSON at all stays a malformed-json problem. Jackson binds an explicit
 * {@code null} like a field left out, which the contract does not allow: a body whose bytes hold
 * "null" is checked the same way before Jackson reads it (a byte scan for the others).
 */
@Provider
class BodyProblems implements ReaderInterceptor {

    private final ObjectMapper json;
    private final Validator validator;

    BodyProblems(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (type == null || !type.isRecord() || !type.getName().startsWith("health.backspasm.")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (mentionsNull(body)) {
            Problem nulls = typeErrors(body, type);
            if (nulls != null) {
                throw new ProblemException(nulls);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonProcessingException e) {
            throw new ProblemException(explain(body, type, e));
        } catch (WebApplicationException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                throw new ProblemException(explain(body, type, cause));
            }
            throw e;
        }
    }

    /** Every offending field of a body Jackson could not bind; Jackson's own reading when there is none. */
    Problem explain(byte[] body, Class<?> type, JsonProcessingException failure) {
        Problem problem = typeErrors(body, type);
        return problem == null ? JsonProblems.of(failure) : problem;
    }

    /**
     * The validation problem of a body with values of the wrong type or explicit nulls (Jackson binds an
     * explicit null as if the field were left out), with the other fields' violations; null when the body is
     * not a JSON object or has no such value.
     */
    private Problem typeErrors(byte[] body, Class<?> type) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            return null;
        }
        if (!(tree instanceof ObjectNode object)) {
            return null;
        }
        BodyTypeCheck.Result checked = BodyTypeCheck.check(object, type);
        if (checked.errors().isEmpty()) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>(checked.errors());
        try {
            Object rest = json.treeToValue(checked.repaired(), type);
            validator.validate(rest).stream()
                    .map(v -> new Problem.FieldError(Violations.field(v), v.getMessage()))
                    .filter(e -> checked.errors().stream().noneMatch(reported -> within(e.field(), reported.field())))
                    .forEach(errors::add);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the remaining fields do not bind either: the type errors found are the answer
        }
        errors.sort(Comparator.comparing((Problem.FieldError e) -> Violations.sortKey(e.field()))
                .thenComparing(Problem.FieldError::message));
        return Violations.problem(errors.stream().distinct().toList());
    }

    /** Whether the bytes hold "null" anywhere: without it, no value can be an explicit null. */
    static boolean mentionsNull(byte[] body) {
        for (int i = 0; i + 3 < body.length; i++) {
            if (body[i] == 'n' && body[i + 1] == 'u' && body[i + 2] == 'l' && body[i + 3] == 'l') {
                return true;
            }
        }
        return false;
    }

    private static boolean within(String field, String reported) {
        return field.equals(reported) || field.startsWith(reported + ".") || field.startsWith(reported + "[");
    }
}
