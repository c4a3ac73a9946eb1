package health.backspasm.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar puts every jar on the JVM's own class path (quarkus.package.jar.type=aot-jar):
 * the AppCDS archive that docker/Dockerfile records covers only classes of the JVM's own loaders,
 * so a jar left to Quarkus's class loader would be read, inflated and parsed again at every start
 * (src/docs/performance.md).
 */
class PackagingIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void shouldListTheApplicationAndEveryLibraryJarOnTheJvmClassPath() throws IOException {
        List<String> classPath;
        try (JarFile runner = new JarFile(APP.resolve("quarkus-run.jar").toFile())) {
            classPath = Arrays.asList(runner.getManifest().getMainAttributes().getValue("Class-Path").split(" "));
        }
        List<String> jars;
        try (Stream<Path> files = Stream.concat(Files.list(APP.resolve("app")), Files.list(APP.resolve("lib").resolve("main")))) {
            jars = files.map(file -> APP.relativize(file).toString().replace('\\', '/')).toList();
        }

        assertThat(jars).hasSizeGreaterThan(50).anyMatch(jar -> jar.startsWith("app/backspasm-"));
        assertThat(classPath).containsAll(jars);
    }
}
