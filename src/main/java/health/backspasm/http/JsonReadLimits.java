package health.backspasm.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Tightens Jackson's read constraints far below its defaults, so a pathological body (thousands of
 * nested arrays, a huge string or number) fails fast with a {@code StreamConstraintsException},
 * a 400 malformed-json problem, instead of costing CPU and memory. A valid case is a few levels deep
 * with short strings; the 64 KiB body limit bounds the rest.
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string value or property name, in characters. */
    public static final int MAX_STRING_LENGTH = 16 * 1024;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 20;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Applies the constraints to any mapper, such as one a test builds without Quarkus. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        return mapper;
    }
}
