package health.backspasm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.backspasm.cases.CaseInput;
import health.backspasm.knowledge.Knowledge;
import health.backspasm.knowledge.KnowledgeFiles;
import health.backspasm.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inputs the micro-benchmarks share with the load benchmark: the same request bodies of
 * src/bench/bodies, so both measure the same work. Maven runs JMH from the project root.
 */
public final class BenchmarkInputs {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private BenchmarkInputs() {
    }

    public static Knowledge knowledge() {
        return KnowledgeLoader.load(KnowledgeFiles.classpath("knowledge"));
    }

    /** The typical 12-finding case of the load benchmark. */
    public static CaseInput typicalCase() {
        try {
            return JSON.readValue(body("case-12-findings.json"), CaseInput.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 200-character message of the load benchmark. */
    public static String typicalMessage() {
        try {
            JsonNode node = JSON.readTree(body("interpretation-200.json"));
            return node.get("text").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] body(String name) throws IOException {
        Path path = Path.of("src", "bench", "bodies", name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path.toAbsolutePath() + " not found: run the benchmarks from the project root");
        }
        return Files.readAllBytes(path);
    }
}
