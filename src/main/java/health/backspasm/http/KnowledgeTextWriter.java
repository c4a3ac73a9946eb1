package health.backspasm.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import health.backspasm.knowledge.Knowledge;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the knowledge model's own text (names, instructions, advice, ids, the disclaimer) into answers
 * as JSON that is quoted and UTF-8 encoded once, not escaped character by character on every request.
 * Most of an assessment's 8 KB is such text, and escaping it was the largest single cost of writing the
 * answer. The bytes are the same either way: Jackson's {@link SerializedString} quotes exactly as its
 * generator does. A string is recognised by identity (it is the very instance the model holds), so
 * text a caller sent is never looked up by content and always written the ordinary way.
 */
@Singleton
public class KnowledgeTextWriter implements ObjectMapperCustomizer {

    private final Map<String, SerializableString> encoded;

    public KnowledgeTextWriter(Knowledge knowledge) {
        Map<String, SerializableString> strings = new IdentityHashMap<>();
        collect(knowledge, strings, Collections.newSetFromMap(new IdentityHashMap<>()));
        this.encoded = strings;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("knowledge-text").addSerializer(String.class, new Writer(encoded)));
    }

    /** Whether this very string instance is written pre-quoted. */
    boolean preQuotes(String value) {
        return encoded.containsKey(value);
    }

    /** Walks the model's records, lists and maps (once, at start-up) and keeps every string it holds. */
    private static void collect(Object value, Map<String, SerializableString> strings, Set<Object> seen) {
        if (value instanceof String s) {
            strings.putIfAbsent(s, new SerializedString(s));
        } else if (value == null || value instanceof Enum<?> || value instanceof Number || !seen.add(value)) {
            return;
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, strings, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, strings, seen);
                collect(v, strings, seen);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), strings, seen);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component + " of the knowledge model", e);
                }
            }
        }
    }

    /** Jackson's string writer, with a look-up by identity first. */
    static final class Writer extends StdScalarSerializer<String> {

        private final transient Map<String, SerializableString> encoded;

        Writer(Map<String, SerializableString> encoded) {
            super(String.class);
            this.encoded = encoded;
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            SerializableString text = encoded.get(value);
            if (text != null) {
                gen.writeString(text);
            } else {
                gen.writeString(value);
            }
        }
    }
}
