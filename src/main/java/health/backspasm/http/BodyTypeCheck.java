package health.backspasm.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Checks a parsed JSON body against the request record it should bind to, field by field, and
 * reports every value of the wrong JSON type, every explicit null, every unknown property and
 * every whole number out of range, each on its own JSON path. Jackson stops at the first such
 * value; this check runs only after Jackson failed, so that the problem names every offending
 * field. It also returns the body with the offending values left out, so that the remaining
 * fields can still be validated.
 */
final class BodyTypeCheck {

    /** What the check found, and the body without the offending values. */
    record Result(List<Problem.FieldError> errors, JsonNode repaired) {
    }

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private BodyTypeCheck() {
    }

    /** Checks {@code body}, a JSON object, against the record type {@code type}. */
    static Result check(ObjectNode body, Class<?> type) {
        BodyTypeCheck check = new BodyTypeCheck();
        JsonNode repaired = check.record(body, type, "");
        return new Result(List.copyOf(check.errors), repaired);
    }

    private ObjectNode record(ObjectNode node, Class<?> type, String path) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null && c.getDeclaringRecord() != null) {
                renamed = fieldAnnotation(type, c);
            }
            components.put(renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value(), c);
        }
        ObjectNode repaired = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                error(at, "is not a known property; known properties here: "
                        + components.keySet().stream().sorted().collect(Collectors.joining(", ")));
                continue;
            }
            if (field.getValue().isNull()) {
                error(at, required(component) ? "must not be null"
                        : "must not be null; leave the field out when it is not known");
                continue;
            }
            JsonNode value = value(field.getValue(), component.getGenericType(), at, component);
            if (value != null) {
                repaired.set(field.getKey(), value);
            }
        }
        return repaired;
    }

    /** Whether the contract marks the field required (an optional field may be left out instead). */
    private static boolean required(RecordComponent c) {
        Schema schema = c.getAccessor().getAnnotation(Schema.class);
        if (schema == null) {
            schema = fieldAnnotation(c, Schema.class);
        }
        return schema != null && schema.required();
    }

    private static JsonProperty fieldAnnotation(Class<?> type, RecordComponent c) {
        try {
            return type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The value as it may stay in the body, or null when it is reported. */
    private JsonNode value(JsonNode node, Type type, String path, RecordComponent component) {
        Class<?> raw = raw(type);
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return wholeNumber(node, raw, path, component);
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            return node.isNumber() ? node : error(path, "must be a number");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.isBoolean() ? node : error(path, "must be true or false");
        }
        if (CharSequence.class.isAssignableFrom(raw)) {
            return node.isTextual() ? node : error(path, "must be a string");
        }
        if (raw.isEnum()) {
            String names = Arrays.stream(raw.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            boolean known = node.isTextual() && Arrays.stream(raw.getEnumConstants())
                    .anyMatch(e -> e.toString().equals(node.asText()));
            return known ? node : error(path, "must be one of: " + names);
        }
        if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return error(path, "must be an array");
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            ArrayNode repaired = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                JsonNode kept = item.isNull() ? item : value(item, element, path + "[" + i + "]", null);
                repaired.add(kept == null ? NullNode.getInstance() : kept);
            }
            return repaired;
        }
        if (raw.isRecord()) {
            return node.isObject() ? record((ObjectNode) node, raw, path) : error(path, "must be an object");
        }
        return node;
    }

    private JsonNode wholeNumber(JsonNode node, Class<?> raw, String path, RecordComponent component) {
        long min = raw == Long.class || raw == long.class ? Long.MIN_VALUE : Integer.MIN_VALUE;
        long max = raw == Long.class || raw == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
        Min declaredMin = component == null ? null : component.getAccessor().getAnnotation(Min.class);
        Max declaredMax = component == null ? null : component.getAccessor().getAnnotation(Max.class);
        declaredMin = declaredMin == null ? fieldAnnotation(component, Min.class) : declaredMin;
        declaredMax = declaredMax == null ? fieldAnnotation(component, Max.class) : declaredMax;
        String range = declaredMin != null && declaredMax != null
                ? "a whole number from " + declaredMin.value() + " to " + declaredMax.value() : "a whole number";
        if (!node.isIntegralNumber()) {
            return error(path, "must be " + range);
        }
        boolean fits = raw == Long.class || raw == long.class ? node.canConvertToLong() : node.canConvertToInt();
        if (!fits || node.asLong() < min || node.asLong() > max) {
            return error(path, "is out of range: must be " + range);
        }
        return node;
    }

    private static <A extends java.lang.annotation.Annotation> A fieldAnnotation(RecordComponent c, Class<A> type) {
        if (c == null) {
            return null;
        }
        try {
            return c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private JsonNode error(String path, String message) {
        errors.add(new Problem.FieldError(path.isEmpty() ? Violations.BODY : Truncation.of(path), message));
        return null;
    }
}
