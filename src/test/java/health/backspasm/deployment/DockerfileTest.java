package health.backspasm.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs in the build, so docker/Dockerfile is checked by reading it: the build stage
 * resolves the Maven dependencies in a layer of its own, from the wrapper, the pom and .mvn alone,
 * before any source is copied (a source change must not download every dependency again); and the
 * image still records the AppCDS archive that its JVM options map.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");

    @Test
    void shouldResolveDependenciesFromThePomBeforeCopyingTheSources() throws IOException {
        List<String> build = buildStage();
        int resolve = indexOf(build, "RUN ./mvnw", "go-offline");
        int sources = indexOf(build, "COPY src");
        int packaging = indexOf(build, "RUN ./mvnw", " package");
        assertThat(resolve).as("a RUN of the wrapper with a go-offline goal").isNotNegative();
        assertThat(sources).as("COPY src").isGreaterThan(resolve);
        assertThat(packaging).as("the package build").isGreaterThan(sources);
        List<String> copiedBeforeResolving = build.subList(0, resolve).stream()
                .filter(line -> line.startsWith("COPY ")).toList();
        assertThat(String.join("\n", copiedBeforeResolving)).contains("pom.xml", "mvnw", ".mvn");
        for (String copy : copiedBeforeResolving) {
            assertThat(copy).as("only the build's own files before the dependency layer")
                    .doesNotContain(" src", " openapi", " . ");
        }
    }

    @Test
    void shouldStillRecordTheAppCdsArchiveThatTheJvmOptionsMap() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        assertThat(dockerfile).contains("-XX:ArchiveClassesAtExit=/app/app-cds.jsa")
                .contains("-XX:SharedArchiveFile=/app/app-cds.jsa");
    }

    /** The instructions of the first stage, continuation lines joined, comments dropped. */
    private static List<String> buildStage() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int stages = 0;
        for (String line : Files.readAllLines(DOCKERFILE)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            current.append(trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) + " " : trimmed);
            if (trimmed.endsWith("\\")) {
                continue;
            }
            String instruction = current.toString();
            current.setLength(0);
            if (instruction.startsWith("FROM ") && ++stages > 1) {
                break;
            }
            instructions.add(instruction);
        }
        return instructions;
    }

    private static int indexOf(List<String> instructions, String start, String... containing) {
        for (int i = 0; i < instructions.size(); i++) {
            String instruction = instructions.get(i);
            boolean matches = instruction.startsWith(start);
            for (String part : containing) {
                matches &= instruction.contains(part);
            }
            if (matches) {
                return i;
            }
        }
        return -1;
    }
}
