package health.backspasm.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM of the container, for the packaged jar on this machine: the options of docker/Dockerfile's
 * JAVA_TOOL_OPTIONS (without its AppCDS archive, which exists only in the image) and the memory limit
 * of docker/k8s/deployment.yaml as the memory the JVM sizes its heap from ({@code -XX:MaxRAM}).
 */
final class ContainerJvm {

    private ContainerJvm() {
    }

    /** The container's memory limit, in MiB. */
    static long memoryLimitMib() throws IOException {
        JsonNode deployment = new YAMLMapper().readTree(Path.of("docker", "k8s", "deployment.yaml").toFile());
        String limit = deployment.at("/spec/template/spec/containers/0/resources/limits/memory").asText();
        if (!limit.endsWith("Mi")) {
            throw new IllegalStateException("expected a memory limit in Mi, not " + limit);
        }
        return Long.parseLong(limit.substring(0, limit.length() - 2));
    }

    /** JVM options as in the container, with the heap sized from the container's memory limit. */
    static List<String> options() throws IOException {
        Matcher image = Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"([^\"]*)\"")
                .matcher(Files.readString(Path.of("docker", "Dockerfile")));
        if (!image.find()) {
            throw new IllegalStateException("no ENV JAVA_TOOL_OPTIONS=\"...\" in docker/Dockerfile");
        }
        List<String> options = new ArrayList<>();
        for (String option : Arrays.asList(image.group(1).trim().split("\\s+"))) {
            if (!option.startsWith("-XX:SharedArchiveFile")) {
                options.add(option);
            }
        }
        options.add("-XX:MaxRAM=" + memoryLimitMib() + "m");
        return options;
    }
}
