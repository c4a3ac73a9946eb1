package health.backspasm.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import health.backspasm.assessment.FindingWeight;
import health.backspasm.assessment.RecommendedRemedy;
import health.backspasm.cases.CaseQuestion;
import health.backspasm.screening.TriggeredRedFlag;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the parts of answers that recur from one request to the next (a remedy with the causes it
 * serves, a triggered red flag, a question, a finding's weight for a cause) as JSON rendered once per
 * distinct value and copied afterwards. These parts are immutable records built from the knowledge, so
 * there are few distinct values (at most {@value #MAX_VALUES} per type are kept; beyond, a value is
 * written the ordinary way), and the bytes are the ones Jackson's own serializer wrote for the first
 * such value: equal records always give equal JSON. Together they are about half of an assessment's
 * answer (src/docs/performance.md).
 */
@Singleton
public class RepeatedPartsWriter implements ObjectMapperCustomizer {

    /** The record types whose JSON is kept. */
    static final Set<Class<?>> REPEATED = Set.of(RecommendedRemedy.class, TriggeredRedFlag.class,
            CaseQuestion.class, FindingWeight.class);
    static final int MAX_VALUES = 4096;

    @Override
    public void customize(ObjectMapper mapper) {
        JsonFactory factory = mapper.getFactory();
        mapper.registerModule(new SimpleModule("repeated-parts").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return REPEATED.contains(description.getBeanClass())
                        ? new Rendered<>((Class<Object>) description.getBeanClass(), (JsonSerializer<Object>) serializer,
                                factory)
                        : serializer;
            }
        }));
    }

    /** Jackson's own serializer of a type, with the JSON of each distinct value kept. */
    static final class Rendered<T> extends StdSerializer<T> {

        private final transient JsonSerializer<Object> original;
        private final transient JsonFactory factory;
        private final transient Map<T, SerializedString> rendered = new ConcurrentHashMap<>();

        Rendered(Class<T> type, JsonSerializer<Object> original, JsonFactory factory) {
            super(type);
            this.original = original;
            this.factory = factory;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen.getPrettyPrinter() != null) {
                original.serialize(value, gen, provider);
                return;
            }
            SerializedString json = rendered.get(value);
            if (json == null) {
                StringWriter text = new StringWriter();
                try (JsonGenerator g = factory.createGenerator(text)) {
                    original.serialize(value, g, provider);
                }
                json = new SerializedString(text.toString());
                if (rendered.size() < MAX_VALUES) {
                    rendered.putIfAbsent(value, json);
                }
            }
            gen.writeRawValue(json);
        }
    }
}
