package health.backspasm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 16, each bounded in time and size, on loopback, against the packaged jar
 * started with the container's JVM options and memory limit: the service stays ready during each,
 * its memory stays under the container's limit, and afterwards it closes what the attacker held
 * and answers normally. The timeouts are shortened (body 4 s, idle 5 s) so the suite takes about a
 * minute; the connection cap is the shipped one. Assertions are on outcomes and generous bounds,
 * not on timings: the machine is shared.
 */
class ResilienceIT {

    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(5);
    /** How long past a timeout the service may take to act on it on a busy machine. */
    private static final Duration SLACK = Duration.ofSeconds(30);
    private static final String CASE = "{\"age\":40,\"findings\":[{\"id\":\"pain.lower_back\",\"state\":\"present\"}]}";

    private static PackagedService service;
    private static HttpClient client;
    private static long limitKib;
    private static long peakKib;

    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        List<String> options = new ArrayList<>(ContainerJvm.options());
        options.add("-Dbackspasm.http.body-timeout=" + BODY_TIMEOUT.toSeconds() + "S");
        options.add("-Dquarkus.http.idle-timeout=" + IDLE_TIMEOUT.toSeconds() + "S");
        service = PackagedService.start("resilience", options);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        limitKib = ContainerJvm.memoryLimitMib() * 1024;
    }

    @AfterAll
    static void stop() throws Exception {
        System.out.printf("ResilienceIT: peak resident memory %d MiB of the container's %d MiB%n",
                peakKib / 1024, limitKib / 1024);
        if (service != null) {
            service.close();
        }
    }

    @BeforeEach
    void settle() throws Exception {
        awaitReady();
    }

    @AfterEach
    void closeSockets() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed by the service
            }
        }
        sockets.clear();
    }

    @Test
    void shouldKeepTheMetricsSeriesConstantUnderAFloodOfInventedMethodsAndPaths() throws Exception {
        flood(new Random(1), 300);
        long before = series();

        int sent = flood(new Random(2), 10_000);

        String metrics = get("q/metrics").body();
        assertThat(sent).isEqualTo(10_000);
        assertThat(series()).as("http_server_requests series after 10,000 invented methods and paths").isEqualTo(before);
        assertThat(metrics).doesNotContain("ZQ");
        assertRecovered();
    }

    @Test
    void shouldTimeOutStalledBodiesAndStayReadyMeanwhile() throws Exception {
        int stalled = 1_500;
        byte[] half = " ".repeat(30 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < stalled; i++) {
            Socket socket = connect();
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 61440\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(half);
            out.flush();
        }
        assertReadyAndWithinMemory();

        int closed = awaitClosedByService(BODY_TIMEOUT.plus(SLACK));

        assertThat(closed).as("stalled bodies closed by the service").isEqualTo(stalled);
        assertRecovered();
    }

    @Test
    void shouldEndANeverEndingChunkedBodyWithA408() throws Exception {
        Socket socket = connect();
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        Instant deadline = Instant.now().plus(BODY_TIMEOUT).plus(SLACK);
        boolean ended = false;
        while (!ended && Instant.now().isBefore(deadline)) {
            try {
                out.write("1\r\n \r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByService) {
                ended = true;
            }
            ended |= socket.getInputStream().available() > 0;
            Thread.sleep(100);
        }
        String answer = readAll(socket, Duration.ofSeconds(10));

        assertThat(ended).as("the service ended the body").isTrue();
        assertThat(answer).startsWith("HTTP/1.1 408").contains("request-timeout");
        assertRecovered();
    }

    @Test
    void shouldStayReadyUnderSlowHeadersAndCloseThemOnceIdle() throws Exception {
        int slow = 1_000;
        for (int i = 0; i < slow; i++) {
            Socket socket = connect();
            socket.getOutputStream().write("GET /api/v1/causes HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        for (int second = 0; second < 8; second++) {
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write(("X-" + second + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closedByService) {
                    // counted below
                }
            }
            assertReadyAndWithinMemory();
            Thread.sleep(1_000);
        }

        int closed = awaitClosedByService(IDLE_TIMEOUT.plus(SLACK));

        assertThat(closed).as("slow-header connections closed once idle").isEqualTo(slow);
        assertRecovered();
    }

    @Test
    void shouldRefuseConnectionsBeyondTheCap() throws Exception {
        int cap = 2_000;
        int opened = cap + 300;
        for (int i = 0; i < opened; i++) {
            Socket socket = connect();
            if (i % 2 == 0) {
                // Half send the start of a request line, half stay silent: both count against the cap.
                socket.getOutputStream().write("GET /".getBytes(StandardCharsets.US_ASCII));
            }
        }

        int closed = awaitClosedCount(opened - cap, SLACK);

        assertThat(closed).as("connections over the cap of %d closed by the service", cap)
                .isGreaterThanOrEqualTo(opened - cap);
        assertThat(opened - closed).as("connections held").isLessThanOrEqualTo(cap);
        closeSockets();
        awaitReady();
        assertRecovered();
    }

    @Test
    void shouldAnswerRepeatedKeysWithProblemsAndNoErrorLog() throws Exception {
        String duplicate = "{\"findings\":[{\"id\":\"sport.golf\",\"state\":\"present\",\"state\":\"absent\"}]}";
        AtomicInteger problems = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (post(client, "api/v1/assessments", duplicate).statusCode() == 400) {
                            problems.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(problems.get()).isEqualTo(2_000);
        assertThat(Files.readString(service.log())).doesNotContain("\"level\":\"ERROR\"").doesNotContain(" ERROR ");
        assertRecovered();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("localhost", service.port()), 10_000);
        sockets.add(socket);
        return socket;
    }

    /** Reads every held socket until the service closes it, up to {@code within}; the number closed. */
    private int awaitClosedByService(Duration within) throws IOException {
        Instant deadline = Instant.now().plus(within);
        int closed = 0;
        for (Socket socket : sockets) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left > 0 && readAll(socket, Duration.ofMillis(left)) != null) {
                closed++;
            }
        }
        return closed;
    }

    /** Polls the held sockets until at least {@code expected} are closed by the service, up to {@code within}. */
    private int awaitClosedCount(int expected, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        List<Socket> open = new ArrayList<>(sockets);
        int closed = 0;
        while (closed < expected && Instant.now().isBefore(deadline)) {
            for (var it = open.iterator(); it.hasNext();) {
                if (readAll(it.next(), Duration.ofMillis(1)) != null) {
                    it.remove();
                    closed++;
                }
            }
            Thread.sleep(500);
        }
        return closed;
    }

    /** Readiness answers 200 again once the connections of an earlier attack are gone (the service may lag). */
    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(SLACK);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // at the connection cap still
            }
            Thread.sleep(500);
        }
    }

    /** What the service sent until it closed the connection, or null if it did not within {@code within}. */
    private static String readAll(Socket socket, Duration within) throws IOException {
        Instant deadline = Instant.now().plus(within);
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        InputStream in = socket.getInputStream();
        while (true) {
            long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException stillOpen) {
                return null;
            } catch (IOException reset) {
                return text.toString();
            }
            if (read < 0) {
                return text.toString();
            }
            text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
        }
    }

    private static int flood(Random random, int requests) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = random.nextLong();
                done.add(pool.submit(() -> {
                    Random mine = new Random(seed);
                    for (int i = 0; i < requests / 4; i++) {
                        String method = mine.nextBoolean() ? "ZQ" + token(mine) : mine.nextBoolean() ? "DELETE" : "GET";
                        String path = switch (mine.nextInt(4)) {
                            case 0 -> "api/v1/causes/" + token(mine);
                            case 1 -> "api/v1/ZQ" + token(mine);
                            case 2 -> "ZQ" + token(mine);
                            default -> "api/v1/causes";
                        };
                        HttpRequest request = HttpRequest.newBuilder(service.base().resolve(path))
                                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return answered.get();
    }

    private static String token(Random random) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            token.append((char) ('A' + random.nextInt(26)));
        }
        return token.toString();
    }

    private static long series() throws Exception {
        return get("q/metrics").body().lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")).count();
    }

    private static void assertReadyAndWithinMemory() throws Exception {
        assertThat(get("q/health/ready").statusCode()).as("readiness during the attack").isEqualTo(200);
        assertWithinMemory();
    }

    private static void assertWithinMemory() throws IOException {
        assertThat(service.isAlive()).as("the service is running").isTrue();
        long rss = service.residentKib();
        peakKib = Math.max(peakKib, rss);
        assertThat(rss).as("resident memory (KiB) against the container's limit").isLessThan(limitKib);
    }

    private static void assertRecovered() throws Exception {
        assertThat(get("q/health/ready").statusCode()).as("readiness after the attack").isEqualTo(200);
        assertThat(post("api/v1/assessments", CASE).statusCode()).as("an assessment after the attack").isEqualTo(200);
        assertWithinMemory();
    }

    /**
     * On a new connection each time, as a probe does: a pooled connection the service has just closed
     * for idleness would fail the request for a reason that is not the attack's.
     */
    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return fresh().send(HttpRequest.newBuilder(service.base().resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(fresh(), path, body);
    }

    private static HttpResponse<String> post(HttpClient with, String path, String body) throws IOException, InterruptedException {
        return with.send(HttpRequest.newBuilder(service.base().resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient fresh() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
