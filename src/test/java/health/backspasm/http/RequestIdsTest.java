package health.backspasm.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.CapturedLog;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Every response carries X-Request-Id: the caller's own when it is an acceptable token, else a
 * generated UUID; problems repeat it as requestId, and the log lines written while serving the
 * request carry it in their MDC.
 */
@QuarkusTest
class RequestIdsTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Test
    void shouldGenerateADifferentIdForEachRequestThatSendsNone() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String id = given().filter(ContractValidation.filter()).get("/api/v1/knowledge").then().statusCode(200)
                    .extract().header(RequestIds.HEADER);
            assertThat(id).matches(UUID);
            ids.add(id);
        }
        assertThat(ids).hasSize(20);
    }

    @Test
    void shouldEchoAnAcceptableCallerIdOnSuccessesAndProblems() {
        String id = "partner-7.call_42:retry-1";
        given().header(RequestIds.HEADER, id).filter(ContractValidation.filter()).get("/api/v1/causes")
                .then().statusCode(200).header(RequestIds.HEADER, id);
        Response problem = given().header(RequestIds.HEADER, id).filter(ContractValidation.filter())
                .get("/api/v1/causes/cause.nothing");
        problem.then().statusCode(404).header(RequestIds.HEADER, id);
        assertThat(problem.jsonPath().getString("requestId")).isEqualTo(id);
    }

    @Test
    void shouldReplaceAnIdThatIsTooLongEmptyOrHasOtherCharacters() {
        for (String bad : List.of("x".repeat(65), "two words", "<script>", "caf\u00e9", "a/b", "a,b", "id\"quoted\"")) {
            String echoed = given().header(RequestIds.HEADER, bad).get("/api/v1/knowledge").then().statusCode(200)
                    .extract().header(RequestIds.HEADER);
            assertThat(echoed).as("id sent: " + bad).matches(UUID);
        }
        assertThat(given().header(RequestIds.HEADER, "x".repeat(64)).get("/api/v1/knowledge").header(RequestIds.HEADER))
                .isEqualTo("x".repeat(64));
    }

    @Test
    void shouldAcceptExactlyTheTokensOfSafeCharactersUpToSixtyFourLong() {
        Random random = new Random(19);
        String alphabet = "abcXYZ019-_.:/ <>\"'\\;,=+%\u00e9\u0000\t";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder candidate = new StringBuilder();
            int length = random.nextInt(70);
            for (int j = 0; j < length; j++) {
                candidate.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = candidate.toString();
            assertThat(RequestIds.accepted(text)).as(text).isEqualTo(TOKEN.matcher(text).matches() ? text : null);
        }
        assertThat(RequestIds.accepted(null)).isNull();
    }

    @Test
    void shouldPutTheIdInTheProblemOfEveryKindOfRefusal() {
        List<Response> refusals = List.of(
                given().get("/nowhere"),
                given().get("/api/v1/nowhere"),
                given().delete("/api/v1/causes"),
                given().contentType("text/plain").body("x").post("/api/v1/screenings"),
                given().contentType("application/json").body("{").post("/api/v1/screenings"),
                given().contentType("application/json").body("{\"age\":\"old\"}").post("/api/v1/assessments"),
                given().contentType("application/json").body("{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}")
                        .post("/api/v1/screenings"),
                given().accept("text/html").get("/api/v1/causes"),
                given().get("/test-only/vertx/too-large"));
        for (Response refusal : refusals) {
            String header = refusal.header(RequestIds.HEADER);
            assertThat(refusal.statusCode()).isBetween(400, 499);
            assertThat(header).as("status " + refusal.statusCode()).matches(UUID);
            assertThat(refusal.jsonPath().getString("requestId")).as("status " + refusal.statusCode())
                    .isEqualTo(header);
        }
    }

    @Test
    void shouldEchoTheIdOutsideTheApiToo() {
        given().header(RequestIds.HEADER, "probe-1").get("/q/health/live").then().header(RequestIds.HEADER, "probe-1");
        given().header(RequestIds.HEADER, "probe-2").redirects().follow(false).get("/")
                .then().statusCode(302).header(RequestIds.HEADER, "probe-2");
    }

    @Test
    void shouldPutTheIdInTheLogLinesAboutTheRequest() {
        List<ExtLogRecord> records;
        try (CapturedLog log = CapturedLog.of(FallbackRoutes.class)) {
            given().header(RequestIds.HEADER, "crash-7").get("/test-only/vertx/crash").then().statusCode(500)
                    .header(RequestIds.HEADER, "crash-7");
            records = log.records();
        }
        assertThat(records).as("the failure's log line").isNotEmpty()
                .allSatisfy(r -> assertThat(r.getMdc(RequestIds.MDC_KEY)).isEqualTo("crash-7"));
    }
}
