package health.backspasm.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import health.backspasm.CapturedLog;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Collections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every error the service or its framework can produce is an RFC 9457 problem with a stable type:
 * never an HTML page, a class name or a stack trace. Bodies go to a test-only endpoint that takes a
 * case (CaseEchoResource) until the reasoning endpoints exist.
 */
@QuarkusTest
class ErrorResponsesTest {

    private static final String CASES = "/test-only/cases";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Response post(String json) {
        return given().contentType("application/json").body(json).post(CASES);
    }

    /** Asserts the problem shape and returns the response for further checks. */
    private static Response problem(Response response, int status, String slug) {
        response.then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.BASE + slug))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)));
        assertThat(response.asString()).doesNotContain("Exception", "health.backspasm", "\tat ", "<html");
        return response;
    }

    @Test
    void shouldAnswerAnUnknownPathOutsideTheApiWithAProblemNotAPage() {
        problem(given().accept("text/html").get("/nope"), 404, "not-found");
    }

    @Test
    void shouldAnswerAnUnknownPathInsideTheApiWithAProblem() {
        problem(given().get("/api/v1/nope"), 404, "not-found");
        problem(given().get("/api/v2/findings"), 404, "not-found");
        problem(given().get("/q/nope"), 404, "not-found");
    }

    @Test
    void shouldAnswerAWrongMethodWith405AndTheAllowedMethods() {
        problem(given().delete("/api/v1/findings"), 405, "method-not-allowed")
                .then().header("Allow", containsString("GET"))
                .body("detail", containsString("GET"));
        problem(given().contentType("application/json").body("{}").post("/api/v1/causes/cause.overuse"), 405,
                "method-not-allowed")
                .then().header("Allow", containsString("GET"));
    }

    @Test
    void shouldAnswerAnUnsupportedContentTypeWith415() {
        problem(given().contentType("text/plain").body("age 42").post(CASES), 415, "unsupported-media-type");
    }

    @Test
    void shouldAnswerAnUnacceptableAcceptHeaderWith406() {
        problem(given().filter(ContractValidation.responsesOnly()).accept("text/html").get("/api/v1/findings"),
                406, "not-acceptable");
    }

    @Test
    void shouldSayWhereTheJsonIsMalformed() {
        problem(post("{\"age\": 42,\n \"findings\": [}"), 400, "malformed-json")
                .then().body("detail", containsString("line 2"));
    }

    @Test
    void shouldRejectABodyThatIsNotAnObject() {
        problem(post("[1, 2]"), 400, "malformed-json").then().body("detail", containsString("object"));
    }

    @Test
    void shouldNameAnUnknownProperty() {
        problem(post("{\"finding\": []}"), 400, "validation")
                .then().body("errors.field", contains("finding"))
                .body("errors[0].message", containsString("findings"));
    }

    @Test
    void shouldNameAnUnknownNestedPropertyByItsPath() {
        problem(post("{\"findings\": [{\"id\": \"onset.sudden\", \"stat\": \"present\"}]}"), 400, "validation")
                .then().body("errors.field", contains("findings[0].stat"));
    }

    @Test
    void shouldNameABadEnumValueAndListTheAllowedOnes() {
        problem(post("{\"findings\": [{\"id\": \"onset.sudden\", \"state\": \"maybe\"}]}"), 400, "validation")
                .then().body("errors.field", contains("findings[0].state"))
                .body("errors[0].message", equalTo("must be one of: present, absent, unknown"));
    }

    @Test
    void shouldNameAValueOfTheWrongType() {
        problem(post("{\"age\": \"old\"}"), 400, "validation")
                .then().body("errors.field", contains("age"))
                .body("errors[0].message", equalTo("must be a whole number"));
        problem(post("{\"findings\": {}}"), 400, "validation")
                .then().body("errors.field", contains("findings"))
                .body("errors[0].message", equalTo("must be an array"));
    }

    @Test
    void shouldListEveryConstraintViolationByItsJsonPath() {
        problem(post("""
                {"age": 200, "durationDays": -1,
                 "findings": [{"id": "onset.sudden", "state": "present"}, null, {"state": "absent"},
                              {"id": "sport.golf"}, {"id": "no.such_finding"}, {"id": "onset.sudden", "state": "absent"}]}
                """), 400, "validation")
                .then().body("errors.field", containsInAnyOrder("age", "durationDays", "findings[1]",
                        "findings[2].id", "findings[3].state", "findings[4].id", "findings[4].state", "findings[5].id"))
                .body("errors.findAll { it.field == 'findings[1]' || it.field.endsWith('.state') }.message",
                        everyItem(equalTo("must not be null")))
                .body("errors.find { it.field == 'findings[5].id' }.message", containsString("repeats findings[0]"))
                .body("errors.field", not(hasItem(containsString("arg"))))
                .body("detail", containsString("findings[2].id"));
    }

    @Test
    void shouldRejectTooManyFindings() {
        String many = String.join(",", Collections.nCopies(101, "{\"id\": \"onset.sudden\", \"state\": \"present\"}"));
        problem(post("{\"findings\": [" + many + "]}"), 400, "validation")
                .then().body("errors[0].field", equalTo("findings"))
                .body("errors[0].message", containsString("100"))
                .body("errors", hasSize(1));
    }

    @Test
    void shouldRejectAMissingBody() {
        problem(given().contentType("application/json").post(CASES), 400, "validation")
                .then().body("errors.field", contains("body"));
    }

    @Test
    void shouldNeverEchoTheBodyInADetail() {
        String secret = "x".repeat(300);
        String body = "{\"findings\": [{\"id\": \"" + secret + "\", \"state\": \"maybe\"}]}";
        assertThat(post(body).asString()).doesNotContain(secret);
        assertThat(post("{\"age\": " + secret + "}").asString()).doesNotContain(secret);
    }

    @Test
    void shouldAcceptAValidCase() {
        post("{\"age\": 42, \"sex\": \"female\", \"durationDays\": 3,"
                + " \"findings\": [{\"id\": \"sport.golf\", \"state\": \"present\"}]}")
                .then().statusCode(200).body("age", equalTo(42));
    }

    @Test
    void shouldHideTheCauseOfAnUnexpectedFailure() {
        try (CapturedLog log = CapturedLog.of(ProblemMappers.class)) {
            problem(given().contentType("application/json").body("{}").post(CASES + "/fail"), 500, "internal")
                    .then().body(not(containsString("secret")));
            assertThat(log.records()).as("the failure is logged, for the operators").anySatisfy(
                    r -> assertThat(r.getLevel()).isEqualTo(org.jboss.logmanager.Level.ERROR));
        }
    }

    @Test
    void shouldAnswerFailuresBelowTheRestLayerWithProblems() {
        try (CapturedLog log = CapturedLog.of(FallbackRoutes.class)) {
            problem(given().get("/test-only/vertx/crash"), 500, "internal").then().body(not(containsString("secret")));
            assertThat(log.records()).as("the failure is logged, for the operators").anySatisfy(
                    r -> assertThat(r.getLevel()).isEqualTo(org.jboss.logmanager.Level.ERROR));
        }
        problem(given().get("/test-only/vertx/too-large"), 413, "payload-too-large");
    }

    @Test
    void shouldFailATestWhoseResponseIsNotInTheContract() {
        OpenApiValidationFilter contract = ContractValidation.filter();

        assertThatThrownBy(() -> given().filter(contract).delete("/api/v1/findings"))
                .isInstanceOf(OpenApiValidationFilter.OpenApiValidationException.class);
    }
}
