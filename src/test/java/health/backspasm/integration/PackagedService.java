package health.backspasm.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instance of the packaged service (target/quarkus-app/quarkus-run.jar) in its own JVM on
 * a free port the service picks itself, for tests that need more than the one instance
 * {@code @QuarkusIntegrationTest} starts.
 */
final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("backspasm.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:\\s]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final URI base;

    private PackagedService(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts the jar and returns once /q/health/ready answers 200. */
    static PackagedService start(String name) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run through ./mvnw verify, which packages it first");
        }
        Path log = Files.createDirectories(Path.of("target", "instances")).resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=0");
        command.add("-Dquarkus.log.console.color=false");
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Open and unthrottled, whatever the environment of the build says.
        builder.environment().remove("BACKSPASM_API_KEYS");
        builder.environment().remove("BACKSPASM_RATE_LIMIT_PER_MINUTE");
        Process process = builder.start();
        try {
            URI base = URI.create("http://localhost:" + awaitPort(process, log) + "/");
            PackagedService service = new PackagedService(process, log, base);
            service.awaitReady();
            return service;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    URI base() {
        return base;
    }

    private static int awaitPort(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not listen within " + START_TIMEOUT + "; see " + log);
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not accepting connections yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(base + " was not ready within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
