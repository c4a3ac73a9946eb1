package health.backspasm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Reads the JSON body of every request record of the service, and makes a body that Jackson cannot
 * bind name every offending field, as the contract says: Jackson stops at the first value of the wrong
 * type (an explicit null, a string for a number, a number too large for an int), which would hide every
 * other mistake. The body is kept as bytes while Jackson reads it (bodies are at most 64 KiB); only when
 * Jackson fails, it is parsed as a tree and checked field by field ({@link BodyTypeCheck}), and what
 * remains valid in type is validated too (ranges, unknown or repeated finding ids), so that one problem
 * lists them all. A body that is not JSON at all stays a malformed-json problem. Jackson binds an
 * explicit {@code null} like a field left out, which the contract does not allow: a body whose bytes
 * hold "null" is checked the same way before Jackson reads it (a byte scan for the others). An empty or
 * blank body reads as no body (a 400 from the resource's {@code @NotNull}), as with Quarkus' own reader.
 *
 * <p>A message body reader for {@link Record} (more specific than Quarkus' reader for {@code Object}, so it
 * is chosen for the service's records), not a {@code ReaderInterceptor}: with any reader interceptor,
 * Quarkus REST reads the resource method's parameter annotations by reflection on every request, which
 * cost about 7 % of an assessment's CPU.
 */
@Provider
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json", "text/json" })
class BodyProblems implements ServerMessageBodyReader<Record> {

    private final ObjectMapper json;
    private final Validator validator;
    private final ClassValue<ObjectReader> readers = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return json.readerFor(type);
        }
    };

    BodyProblems(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo method, MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, MediaType mediaType, ServerRequestContext context)
            throws IOException {
        return read(type, context.getInputStream());
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return read(type, entity);
    }

    private static boolean isOurs(Class<?> type) {
        return type != null && type.isRecord() && type.getName().startsWith("health.backspasm.");
    }

    private Record read(Class<Record> type, InputStream entity) throws IOException {
        byte[] body = entity.readAllBytes();
        if (isBlank(body)) {
            return null;
        }
        if (mentionsNull(body)) {
            Problem nulls = typeErrors(body, type);
            if (nulls != null) {
                throw new ProblemException(nulls);
            }
        }
        try {
            return readers.get(type).readValue(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(explain(body, type, e));
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
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
