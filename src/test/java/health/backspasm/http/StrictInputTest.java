package health.backspasm.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Negative cases of the kinds a contract fuzzer (Schemathesis) sends, against the real endpoints: explicit
 * nulls, integers past their range and past an int, several mistakes in one body, and unknown, empty or
 * repeated query parameters. Each answer is a 400 validation problem that names every offending field or
 * parameter, and is checked against the contract.
 */
@QuarkusTest
class StrictInputTest {

    private static final String SCREENINGS = "/api/v1/screenings";
    private static final String VALIDATION = ProblemType.BASE + "validation";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification api() {
        return given().filter(ContractValidation.responsesOnly());
    }

    private static Response screen(String json) {
        return api().contentType("application/json").body(json).post(SCREENINGS);
    }

    private static Response invalid(Response response) {
        response.then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("type", equalTo(VALIDATION));
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"age", "sex", "durationDays", "findings"})
    void shouldRejectAnExplicitNullNamingTheField(String field) {
        invalid(screen("{\"" + field + "\": null}")).then()
                .body("errors.field", contains(field))
                .body("errors[0].message", containsString("must not be null"));
    }

    @Test
    void shouldStillAcceptACaseWhoseFieldsAreLeftOut() {
        api().contentType("application/json").body("{\"findings\": [{\"id\": \"pain.lower_back\", \"state\": \"present\"}]}")
                .post(SCREENINGS).then().statusCode(200);
        api().contentType("application/json").body("{}").post(SCREENINGS).then().statusCode(200);
    }

    @Test
    void shouldAcceptTheWordNullInsideAString() {
        api().contentType("application/json").body("{\"text\": \"null and void, my back is fine\"}")
                .post("/api/v1/interpretations").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "99999999999999999"})
    void shouldNameAnIntegerPastAnIntInsteadOfCallingTheJsonMalformed(String number) {
        invalid(screen("{\"age\": " + number + ", \"durationDays\": 3}")).then()
                .body("errors.field", contains("age"))
                .body("errors[0].message", containsString("out of range: must be a whole number from 0 to 120"));
    }

    @Test
    void shouldNameATypeErrorTogetherWithEveryOtherError() {
        invalid(screen("""
                {"age": "forty", "durationDays": 99999, "sex": 3, "colour": "red",
                 "findings": [{"id": "sport.curling", "state": "present"}, {"id": "sport.golf", "state": "maybe"}]}
                """)).then()
                .body("errors.field", containsInAnyOrder("age", "colour", "durationDays", "findings[0].id",
                        "findings[1].state", "sex"))
                .body("detail", containsString("'age'"))
                .body("detail", containsString("'findings[1].state'"));
    }

    @Test
    void shouldNameTwoTypeErrorsAtOnce() {
        invalid(screen("{\"age\": 40.5, \"findings\": \"pain.lower_back\"}")).then()
                .body("errors.field", contains("age", "findings"));
        invalid(api().contentType("application/json").body("{\"text\": 42, \"lang\": \"en\"}")
                .post("/api/v1/interpretations")).then()
                .body("errors.field", contains("lang", "text"));
    }

    @Test
    void shouldKeepJacksonsInternalsOutOfAMalformedJsonDetail() {
        for (String broken : List.of("{\"age\": 40", "{\"age\": }", "{\"findings\": [", "{'age': 4}")) {
            Response response = api().contentType("application/json").body(broken).post(SCREENINGS);
            response.then().statusCode(400).body("type", equalTo(ProblemType.BASE + "malformed-json"));
            assertThat(response.jsonPath().getString("detail"))
                    .doesNotContain("[Source", "REDACTED", "StreamReadFeature", "com.fasterxml");
        }
    }

    @Test
    void shouldRejectAnUnknownQueryParameterListingTheAllowedNames() {
        invalid(api().queryParam("phas", "acute").get("/api/v1/remedies")).then()
                .body("errors.field", contains("phas"))
                .body("errors[0].message", containsString("cause, evidence, phase"));
        invalid(api().queryParam("limit", "5").get("/api/v1/causes")).then()
                .body("errors.field", contains("limit"))
                .body("errors[0].message", containsString("takes none"));
        invalid(api().queryParam("verbose", "1").get("/api/v1/findings/{id}", "neuro.saddle_numbness")).then()
                .body("errors.field", contains("verbose"));
        invalid(api().contentType("application/json").queryParam("debug", "1").body("{}").post(SCREENINGS)).then()
                .body("errors.field", contains("debug"));
    }

    @Test
    void shouldRejectAnEmptyQueryParameter() {
        invalid(api().urlEncodingEnabled(false).get("/api/v1/findings?kind=")).then()
                .body("errors.field", contains("kind"))
                .body("errors[0].message", containsString("empty"));
        invalid(api().urlEncodingEnabled(false).get("/api/v1/remedies?phase")).then()
                .body("errors.field", contains("phase"));
    }

    @Test
    void shouldRejectARepeatedQueryParameterInsteadOfKeepingTheFirst() {
        invalid(api().urlEncodingEnabled(false).get("/api/v1/remedies?phase=acute&phase=recovery")).then()
                .body("errors.field", contains("phase"))
                .body("errors[0].message", containsString("2 times"));
    }

    @Test
    void shouldNameEveryOffendingQueryParameterAtOnce() {
        invalid(api().urlEncodingEnabled(false).get("/api/v1/remedies?cause=&phas=acute&evidence=guideline&evidence=article"))
                .then().body("errors.field", contains("cause", "evidence", "phas"));
    }

    @Test
    void shouldFilterRemediesByEvidenceGrade() {
        for (String grade : List.of("guideline", "article", "vendor_claim")) {
            given().filter(ContractValidation.filter()).queryParam("evidence", grade).get("/api/v1/remedies").then()
                    .statusCode(200)
                    .body("evidence", everyItem(equalTo(grade)))
                    .body("size()", not(equalTo(0)));
        }
        given().filter(ContractValidation.filter()).queryParam("evidence", "guideline").queryParam("phase", "acute")
                .get("/api/v1/remedies").then().statusCode(200)
                .body("evidence", everyItem(equalTo("guideline")))
                .body("phase", everyItem(equalTo("acute")));
        invalid(api().queryParam("evidence", "anecdote").get("/api/v1/remedies")).then()
                .body("errors.field", contains("evidence"))
                .body("errors[0].message", containsString("guideline, article, vendor_claim"));
    }

    @Test
    void shouldNotAdvertiseHeadOnAPostOnlyRoute() {
        for (String path : List.of(SCREENINGS, "/api/v1/assessments", "/api/v1/interpretations")) {
            Response options = given().options(path);
            options.then().statusCode(200);
            assertThat(options.getHeader("Allow")).contains("POST").doesNotContain("HEAD").doesNotContain("GET");
            given().head(path).then().statusCode(405);
        }
        Response options = given().options("/api/v1/remedies");
        assertThat(options.getHeader("Allow")).contains("GET", "HEAD").doesNotContain("POST");
        given().head("/api/v1/remedies").then().statusCode(200);
    }

    /**
     * Generated bodies, each with one to four mistakes of the kinds above on distinct fields, beside valid
     * fields: every mistake is named, and nothing else is.
     */
    @Test
    void shouldNameEveryInjectedMistakeInGeneratedBodies() {
        Random random = new Random(20261130L);
        Map<String, List<String>> mistakes = Map.of(
                "age", List.of("null", "\"41\"", "41.5", "2147483648", "-1", "121", "true", "[]"),
                "durationDays", List.of("null", "\"3\"", "1e3", "9999999999", "3651", "{}"),
                "sex", List.of("null", "\"yes\"", "1", "false"),
                "findings", List.of("null", "\"pain.lower_back\"", "{}", "5"),
                "extra", List.of("1", "null", "\"x\""));
        Map<String, String> valid = Map.of("age", "41", "durationDays", "3", "sex", "\"female\"",
                "findings", "[{\"id\": \"pain.lower_back\", \"state\": \"present\"}]");
        List<String> fields = new ArrayList<>(new TreeSet<>(mistakes.keySet()));
        int checked = 0;
        for (int run = 0; run < 60; run++) {
            Map<String, String> body = new LinkedHashMap<>();
            List<String> wrong = new ArrayList<>();
            for (String field : fields) {
                int roll = random.nextInt(3);
                if (roll == 0 || (field.equals("extra") && roll == 1)) {
                    List<String> bad = mistakes.get(field);
                    body.put(field, bad.get(random.nextInt(bad.size())));
                    wrong.add(field);
                } else if (roll == 1) {
                    body.put(field, valid.get(field));
                }
            }
            if (wrong.isEmpty()) {
                continue;
            }
            String json = body.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
            Response response = screen(json);
            assertThat(response.statusCode()).as(json).isEqualTo(400);
            assertThat(response.jsonPath().getList("errors.field", String.class)).as(json)
                    .containsExactlyInAnyOrderElementsOf(wrong);
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void shouldDescribeTheCaseFieldsAsNeitherNullableNorOpen() {
        api().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.CaseInput.additionalProperties", equalTo(false))
                .body("components.schemas.ReportedFinding.additionalProperties", equalTo(false))
                .body("components.schemas.InterpretationRequest.additionalProperties", equalTo(false))
                .body("components.schemas.CaseInput.properties.sex.deprecated", equalTo(true))
                .body("components.schemas.CaseQuestion.nullable", equalTo(null))
                .body("components.schemas.Assessment.properties.nextQuestion.nullable", equalTo(true))
                .body("components.schemas.keySet()", not(hasItem("FindingWeight1")))
                .body("servers.url", hasItem("http://localhost:8080"))
                .body("info.license.name", not(equalTo(null)))
                .body("paths.'/api/v1/remedies'.get.parameters.name", hasItem("evidence"))
                .body("paths.'/api/v1/remedies'.get.parameters.findAll { it['in'] == 'query' }.example",
                        everyItem(equalTo(null)))
                .body("paths.'/api/v1/findings'.get.parameters.findAll { it['in'] == 'query' }", hasSize(1));
    }
}
