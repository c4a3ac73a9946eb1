package health.backspasm.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sends a canary string through every {@code /api} operation the contract lists (so endpoints added
 * later are covered without touching this test), in paths, query strings, headers, the API key and
 * bodies valid and invalid, with DEBUG and TRACE logging on; then checks that no log record that the
 * service's handlers write (every record, through their privacy filter), at any level and with any
 * stack trace, contains it.
 */
@QuarkusTest
@TestProfile(PrivacyProfile.class)
class LogPrivacyTest {

    private static final String CANARY = "zqCanary7Xw";
    private static final String CONTROL = "zqControl3Kp";
    private static final ConcurrentLinkedQueue<String> CAPTURED = new ConcurrentLinkedQueue<>();
    private static final CallerDataLogFilter SERVICE_FILTER = new CallerDataLogFilter();
    /** Sees every record, and keeps what the service's handlers, with their filter, would write. */
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (SERVICE_FILTER.isLoggable(record)) {
                CAPTURED.add(render(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final List<String> exchanges = new ArrayList<>();

    @BeforeAll
    static void captureEveryLogRecord() {
        CAPTURE.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(CAPTURE);
    }

    @AfterAll
    static void stopCapturing() {
        Logger.getLogger("").removeHandler(CAPTURE);
    }

    @Test
    void shouldFilterEveryLogHandlerOfTheService() {
        Config config = ConfigProvider.getConfig();
        for (String handler : List.of("console", "file", "syslog", "socket")) {
            assertThat(config.getOptionalValue("quarkus.log." + handler + ".filter", String.class))
                    .as(handler + " handler filter").contains(CallerDataLogFilter.NAME);
        }
    }

    @Test
    void shouldKeepEverythingACallerSendsOutOfTheLog() throws Exception {
        org.jboss.logging.Logger.getLogger("health.backspasm.privacy").debugf("control record %s", CONTROL);
        JsonNode contract = new ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray());

        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                exercise(op.getKey(), path.getKey(), op.getValue());
                operations++;
            }
        }
        exercise("post", "/api/test/case-probe", contract.path("missing"));
        for (String path : List.of("/api/v1/" + CANARY, "/" + CANARY, "/q/" + CANARY, "/api/v1/findings/" + CANARY)) {
            send("get", path + "?q=" + CANARY, null, null, PrivacyProfile.KEY);
        }

        assertThat(CAPTURED).as("the capture sees DEBUG records").anyMatch(r -> r.contains(CONTROL));
        assertThat(CAPTURED).as("log records containing the canary").noneMatch(r -> r.contains(CANARY));
        assertThat(exchanges).as("no request may cause a server error").allMatch(e -> !e.startsWith("5"));
        assertThat(operations).as("operations listed by the contract").isGreaterThan(0);
        assertThat(exchanges).as("the successful path was taken too").anyMatch(e -> e.startsWith("200 post"));
    }

    /** Every kind of request to one operation, each carrying the canary somewhere. */
    private void exercise(String method, String template, JsonNode operation) {
        String path = template.replaceAll("\\{[^}]+}", CANARY);
        StringBuilder query = new StringBuilder("?canary=" + CANARY);
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                query.append('&').append(parameter.path("name").asText()).append('=').append(CANARY);
            }
        }
        send(method, path + query, null, null, PrivacyProfile.KEY);
        send(method, path, null, null, CANARY);
        send(method, path, null, null, null);
        if (!operation.has("requestBody") && !method.equals("post")) {
            send("post", path, "application/json", "{\"text\":\"" + CANARY + "\"}", PrivacyProfile.KEY);
            return;
        }
        for (String example : examples(operation)) {
            send(method, path, "application/json", example, PrivacyProfile.KEY);
        }
        List<String> bodies = List.of(
                "{\"text\":\"my back hurts since " + CANARY + ", no numbness\"}",
                "{\"age\":40,\"findings\":[{\"id\":\"" + CANARY + "\",\"state\":\"present\"}]}",
                "{\"age\":40,\"findings\":[{\"id\":\"pain.lower_back\",\"state\":\"" + CANARY + "\"}]}",
                "{\"age\":\"" + CANARY + "\"}",
                "{\"sex\":\"" + CANARY + "\"}",
                "{\"" + CANARY + "\":1}",
                "{\"text\":\"" + CANARY,
                CANARY,
                "[\"" + CANARY + "\"" + ",1".repeat(10) + "]",
                "{\"text\":\"" + CANARY + "x".repeat(3000) + "\"}",
                "{\"text\":\"" + CANARY + " \u0000 \"}",
                "[".repeat(200) + CANARY,
                "{\"text\":\"" + CANARY + "\",\"pad\":\"" + "y".repeat(70 * 1024) + "\"}");
        for (String body : bodies) {
            send(method, path, "application/json", body, PrivacyProfile.KEY);
        }
        send(method, path, "text/plain", CANARY, PrivacyProfile.KEY);
        send(method, path, "application/xml", "<case>" + CANARY + "</case>", PrivacyProfile.KEY);
        send(method, path, "application/json", "{\"text\":\"" + CANARY + "\"}", CANARY);
        byte[] invalidUtf8 = ("{\"text\":\"" + CANARY + "\u00ff\"}").getBytes(StandardCharsets.ISO_8859_1);
        Response response = request(PrivacyProfile.KEY).contentType("application/json").body(invalidUtf8)
                .request(method.toUpperCase(), path);
        exchanges.add(response.statusCode() + " " + method + " " + path);
    }

    private void send(String method, String path, String contentType, String body, String key) {
        RequestSpecification request = request(key);
        if (contentType != null) {
            request.contentType(contentType + "; charset=UTF-8").body(body);
        }
        Response response = request.request(method.toUpperCase(), path);
        exchanges.add(response.statusCode() + " " + method + " " + path);
    }

    private static RequestSpecification request(String key) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .header("User-Agent", CANARY)
                .header("X-Canary", CANARY)
                .header("X-Request-Id", "<" + CANARY + ">")
                .header("If-None-Match", "\"" + CANARY + "\"")
                .header("Referer", "https://example.org/" + CANARY)
                .cookie("session", CANARY);
        return key == null ? request : request.header("X-API-Key", key);
    }

    /** The contract's own example bodies for the operation, which exercise its successful path. */
    private static List<String> examples(JsonNode operation) {
        List<String> examples = new ArrayList<>();
        for (JsonNode media : operation.path("requestBody").path("content")) {
            if (media.has("example")) {
                examples.add(media.get("example").toString());
            }
            for (JsonNode example : media.path("examples")) {
                if (example.has("value")) {
                    JsonNode value = example.get("value");
                    examples.add(value.isTextual() ? value.asText() : value.toString());
                }
            }
        }
        return examples;
    }

    private static String render(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " ");
        if (record instanceof ExtLogRecord ext) {
            text.append(ext.getFormattedMessage());
            text.append(' ').append(ext.getMdcCopy());
            text.append(' ').append(ext.getNdc());
        } else {
            text.append(record.getMessage());
        }
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        return text.toString();
    }
}
