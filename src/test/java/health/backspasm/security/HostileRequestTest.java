package health.backspasm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A battery of hostile requests against every POST endpoint that takes a case: each gets its own
 * 4xx problem (status and type), and the service is still ready afterwards.
 */
@QuarkusTest
class HostileRequestTest {

    private static final String PROBLEMS = "https://backspasm.health/problems/";
    private static final List<String> CASE_ENDPOINTS = List.of("/api/v1/screenings", "/api/v1/assessments");
    private static final String INTERPRETATIONS = "/api/v1/interpretations";
    private static final String FINDING = "{\"id\":\"pain.lower_back\",\"state\":\"present\"}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void serviceIsStillReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** A hostile JSON body, and the problem it must get. */
    record Hostile(String name, byte[] body, int status, String type) {

        Hostile(String name, String body, int status, String type) {
            this(name, body.getBytes(StandardCharsets.UTF_8), status, type);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> hostileBodies() {
        return Stream.of(
                new Hostile("truncated JSON", "{\"age\":40,\"findings\":[{\"id\":\"pain.lower_back\"", 400, "malformed-json"),
                new Hostile("empty body", "", 400, "validation"),
                new Hostile("JSON null", "null", 400, "validation"),
                new Hostile("an array instead of a case", "[1,2,3]", 400, "malformed-json"),
                new Hostile("a string where a number goes", "{\"age\":\"forty\"}", 400, "validation"),
                new Hostile("a number as a string", "{\"age\":\"40\"}", 400, "validation"),
                new Hostile("a fraction where a whole number goes", "{\"age\":40.7}", 400, "validation"),
                new Hostile("true where a number goes", "{\"durationDays\":true}", 400, "validation"),
                new Hostile("a state given as a number", "{\"findings\":[{\"id\":\"neuro.saddle_numbness\",\"state\":1}]}",
                        400, "validation"),
                new Hostile("an object where an array goes", "{\"findings\":{}}", 400, "validation"),
                new Hostile("a number where a finding goes", "{\"findings\":[1]}", 400, "validation"),
                new Hostile("an unknown state", "{\"findings\":[{\"id\":\"pain.lower_back\",\"state\":\"maybe\"}]}",
                        400, "validation"),
                new Hostile("an unknown property", "{\"age\":40,\"colour\":\"red\"}", 400, "validation"),
                new Hostile("10,000 findings (over 64 KiB)", "{\"findings\":[" + repeat(FINDING, 10_000) + "]}",
                        413, "payload-too-large"),
                new Hostile("1,000 findings (within 64 KiB)",
                        "{\"findings\":[" + repeat("{\"id\":\"a\",\"state\":\"present\"}", 1_000) + "]}",
                        400, "validation"),
                new Hostile("10,000 nested arrays", "[".repeat(10_000), 400, "malformed-json"),
                new Hostile("10,000 nested arrays inside a case", "{\"findings\":" + "[".repeat(10_000), 400,
                        "validation"),
                new Hostile("a 1 MB body", "{\"age\":40,\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}", 413,
                        "payload-too-large"),
                new Hostile("a 20,000-character string", "{\"findings\":[{\"id\":\"" + "x".repeat(20_000)
                        + "\",\"state\":\"present\"}]}", 400, "malformed-request"),
                new Hostile("a 30-digit number", "{\"age\":123456789012345678901234567890}", 400,
                        "malformed-request"),
                new Hostile("a NUL byte inside a string", "{\"age\":40,\"sex\":\"fe\u0000male\"}", 400, "malformed-json"),
                new Hostile("a NUL byte before the JSON", "\u0000{\"age\":40}", 400, "malformed-json"),
                new Hostile("invalid UTF-8", bytes("{\"sex\":\"", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}"), 400,
                        "malformed-json"),
                new Hostile("a lone UTF-8 continuation byte", bytes("{\"findings\":[{\"id\":\"", new byte[] {(byte) 0x80},
                        "\",\"state\":\"present\"}]}"), 400, "malformed-json"),
                new Hostile("a UTF-32 byte-order mark and a stray byte", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, '{'},
                        400, "malformed-json"));
    }

    static Stream<Arguments> endpointsAndHostileBodies() {
        return CASE_ENDPOINTS.stream().flatMap(endpoint -> hostileBodies().map(h -> Arguments.of(endpoint, h)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("endpointsAndHostileBodies")
    void shouldAnswerAHostileBodyWithItsOwnProblem(String endpoint, Hostile hostile) {
        given().contentType("application/json").body(hostile.body())
                .when().post(endpoint)
                .then().statusCode(hostile.status())
                .contentType("application/problem+json")
                .body("status", equalTo(hostile.status()))
                .body("type", equalTo(PROBLEMS + hostile.type()));
    }

    static Stream<Hostile> hostileTexts() {
        return Stream.of(
                new Hostile("text of 2,001 characters", "{\"text\":\"" + "a".repeat(2_001) + "\"}", 400, "validation"),
                new Hostile("empty text", "{\"text\":\"\"}", 400, "validation"),
                new Hostile("no text", "{}", 400, "validation"),
                new Hostile("text as a number", "{\"text\":42}", 400, "validation"),
                new Hostile("text as an array of 10,000 strings", "{\"text\":[" + repeat("\"a\"", 10_000) + "]}",
                        400, "validation"),
                new Hostile("a 20,000-character text", "{\"text\":\"" + "a".repeat(20_000) + "\"}", 400,
                        "malformed-request"),
                new Hostile("a 1 MB text", "{\"text\":\"" + "a".repeat(1024 * 1024) + "\"}", 413, "payload-too-large"),
                new Hostile("10,000 nested arrays", "{\"text\":" + "[".repeat(10_000), 400, "validation"),
                new Hostile("truncated JSON", "{\"text\":\"lower back pa", 400, "malformed-json"),
                new Hostile("invalid UTF-8 in the text", bytes("{\"text\":\"back ", new byte[] {(byte) 0xFF, (byte) 0xFE},
                        " pain\"}"), 400, "malformed-json"),
                new Hostile("a NUL byte in the text", "{\"text\":\"back\u0000pain\"}", 400, "malformed-json"),
                new Hostile("an unknown property", "{\"text\":\"back pain\",\"lang\":\"en\"}", 400, "validation"));
    }

    @ParameterizedTest(name = "interpretations: {0}")
    @MethodSource("hostileTexts")
    void shouldAnswerAHostileTextWithItsOwnProblem(Hostile hostile) {
        given().contentType("application/json").body(hostile.body())
                .when().post(INTERPRETATIONS)
                .then().statusCode(hostile.status())
                .contentType("application/problem+json")
                .body("status", equalTo(hostile.status()))
                .body("type", equalTo(PROBLEMS + hostile.type()));
    }

    static Stream<Arguments> endpointsAndWrongMethods() {
        return Stream.concat(CASE_ENDPOINTS.stream(), Stream.of(INTERPRETATIONS)).flatMap(e -> Stream.of("GET", "PUT", "DELETE", "PATCH").map(m -> Arguments.of(e, m)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("endpointsAndWrongMethods")
    void shouldRefuseAWrongMethodWithAProblem(String endpoint, String method) {
        given().contentType("application/json").body("{}")
                .when().request(method, endpoint)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    static Stream<Arguments> endpointsAndWrongContentTypes() {
        return Stream.concat(CASE_ENDPOINTS.stream(), Stream.of(INTERPRETATIONS)).flatMap(e -> Stream.of("text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream")
                .map(t -> Arguments.of(e, t)));
    }

    @ParameterizedTest(name = "{1} to {0}")
    @MethodSource("endpointsAndWrongContentTypes")
    void shouldRefuseAWrongContentTypeWithAProblem(String endpoint, String contentType) {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(contentType.split(";")[0], ContentType.TEXT)))
                // An XML client sends XML (a JSON body labelled XML made the client's XML parser print errors).
                .contentType(contentType).body(contentType.contains("xml") ? "<case><age>40</age></case>" : "{\"age\":40}")
                .when().post(endpoint)
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    }

    static Stream<String> caseEndpoints() {
        return CASE_ENDPOINTS.stream();
    }

    @ParameterizedTest
    @MethodSource("caseEndpoints")
    void shouldNameTheUnknownPropertyInTheProblem(String endpoint) {
        given().contentType("application/json").body("{\"age\":40,\"colour\":\"red\"}")
                .when().post(endpoint)
                .then().statusCode(400)
                .body("errors.field", hasItem("colour"));
    }

    private static String repeat(String item, int times) {
        return String.join(",", java.util.Collections.nCopies(times, item));
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }
}
