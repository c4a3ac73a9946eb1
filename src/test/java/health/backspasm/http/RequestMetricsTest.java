package health.backspasm.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * However many methods and paths callers invent, the HTTP metrics keep the same series: labels come
 * from closed sets, and nothing a caller sent appears on /q/metrics.
 */
@QuarkusTest
class RequestMetricsTest {

    private static final List<String> REAL_PATHS = List.of("/api/v1/causes", "/api/v1/causes/%s", "/api/v1/screenings",
            "/api/v1/%s", "/%s", "/api/%s/%s");

    @Test
    void shouldKeepTheSeriesCountConstantUnderAFloodOfRandomMethodsAndPaths() {
        Random random = new Random(16);
        flood(random, 200);
        List<String> before = series();

        flood(random, 400);
        List<String> after = series();

        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        assertThat(after).anyMatch(line -> line.contains("method=\"UNKNOWN\""))
                .anyMatch(line -> line.contains("uri=\"NOT_FOUND\""))
                .anyMatch(line -> line.contains("uri=\"/api/v1/causes/{id}\""));
    }

    @Test
    void shouldPublishNothingACallerSentOnMetrics() {
        given().request("CANARYMETHOD", "/api/v1/causes");
        given().request("DELETE", "/api/v1/canary-path");
        given().request("GET", "/api/v1/causes/canary-id");

        String metrics = given().accept("text/plain").get("/q/metrics").asString();

        assertThat(metrics).doesNotContainIgnoringCase("canary");
    }

    private static void flood(Random random, int requests) {
        for (int i = 0; i < requests; i++) {
            String method = switch (random.nextInt(4)) {
                case 0 -> "GET";
                case 1 -> "DELETE";
                default -> token(random);
            };
            String path = String.format(REAL_PATHS.get(random.nextInt(REAL_PATHS.size())), token(random), token(random));
            given().request(method, path);
        }
    }

    private static String token(Random random) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            token.append((char) ('A' + random.nextInt(26)));
        }
        return token.toString();
    }

    private static List<String> series() {
        return given().accept("text/plain").get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .map(line -> line.substring(0, line.lastIndexOf('}') + 1))
                .toList();
    }
}
