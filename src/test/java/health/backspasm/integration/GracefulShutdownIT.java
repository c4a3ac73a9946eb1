package health.backspasm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A restart under load loses no request. Clients post assessments without pause, as a load
 * balancer's traffic would arrive; SIGTERM goes to the packaged jar (its shipped shutdown settings,
 * the container's JVM options); like a load balancer, the clients stop sending new requests once
 * /q/health/ready stops answering 200, which the service's shutdown delay gives them time to see.
 * Every request sent gets its 200: none is retried, none fails, and the process then exits.
 */
class GracefulShutdownIT {

    private static final int CLIENTS = 8;
    private static final String CASE = "{\"age\":40,\"findings\":[{\"id\":\"pain.lower_back\",\"state\":\"present\"}]}";

    @Test
    void shouldAnswerEveryRequestSentBeforeReadinessTurnedDownThenExit() throws Exception {
        PackagedService service = PackagedService.start("graceful-shutdown", ContainerJvm.options());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicBoolean balancerSendsHere = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    while (balancerSendsHere.get()) {
                        try {
                            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(service.base().resolve("api/v1/assessments"))
                                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(CASE)).build(), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 200) {
                                answered.incrementAndGet();
                            } else {
                                failures.add("status " + response.statusCode());
                            }
                        } catch (IOException e) {
                            failures.add(e.toString());
                        }
                    }
                    return null;
                }));
            }
            Future<?> readinessWatch = pool.submit(() -> {
                HttpRequest ready = HttpRequest.newBuilder(service.base().resolve("q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build();
                while (balancerSendsHere.get()) {
                    try {
                        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            balancerSendsHere.set(false);
                        }
                    } catch (IOException down) {
                        balancerSendsHere.set(false);
                    }
                    Thread.sleep(200);
                }
                return null;
            });
            Thread.sleep(3_000);
            int beforeStop = answered.get();

            service.terminate();

            readinessWatch.get();
            for (Future<?> c : clients) {
                c.get();
            }
            boolean exited = service.awaitExit(Duration.ofSeconds(60));
            System.out.printf("GracefulShutdownIT: %d requests answered (%d before SIGTERM), %d failed%n",
                    answered.get(), beforeStop, failures.size());

            assertThat(beforeStop).as("requests answered under load before SIGTERM").isPositive();
            assertThat(failures).as("requests that failed").isEmpty();
            assertThat(exited).as("the process exited after draining").isTrue();
        } finally {
            balancerSendsHere.set(false);
            pool.shutdownNow();
            service.close();
        }
    }
}
