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
        return start(name, List.of());
    }

    /**
     * Starts the jar with {@code jvmOptions} before {@code -jar} (JVM flags, {@code -Dproperty=value})
     * and returns once /q/health/ready answers 200.
     */
    static PackagedService start(String name, List<String> jvmOptions) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run through ./mvnw verify, which packages it first");
        }
        Path log = Files.createDirectories(Path.of("target", "instances")).resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=0");
        command.add("-Dquarkus.log.console.color=false");
        command.addAll(jvmOptions);
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

    int port() {
        return base.getPort();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Resident memory of the service's JVM, in KiB, from /proc (Linux). */
    long residentKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/" + process.pid() + "/status");
    }

    /** Sends SIGTERM, as Kubernetes does to stop a pod (Process.destroy on Linux). */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit; true if it did within {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
