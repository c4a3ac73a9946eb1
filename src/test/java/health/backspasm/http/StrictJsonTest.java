package health.backspasm.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A repeated property or content after the JSON value is a 400 problem naming it: never a 500, and
 * never a silent choice of one of the values (which dropped a red flag).
 */
@QuarkusTest
class StrictJsonTest {

    private static final String MALFORMED = "https://backspasm.health/problems/malformed-json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseARepeatedFindingsListInsteadOfKeepingTheLastOne() {
        String body = "{\"findings\":[{\"id\":\"neuro.saddle_numbness\",\"state\":\"present\"}],"
                + "\"findings\":[{\"id\":\"sport.golf\",\"state\":\"present\"}]}";

        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(MALFORMED))
                .body("detail", containsString("repeats the property 'findings'"));
    }

    @Test
    void shouldRefuseARepeatedStateOrTextWithA400NotA500() {
        given().contentType("application/json")
                .body("{\"findings\":[{\"id\":\"sport.golf\",\"state\":\"present\",\"state\":\"absent\"}]}")
                .when().post("/api/v1/assessments")
                .then().statusCode(400).body("type", equalTo(MALFORMED))
                .body("detail", containsString("'state'"));
        given().contentType("application/json").body("{\"text\":\"my back\",\"text\":\"hurts\"}")
                .when().post("/api/v1/interpretations")
                .then().statusCode(400).body("type", equalTo(MALFORMED))
                .body("detail", containsString("'text'"));
    }

    @Test
    void shouldRefuseContentAfterTheJsonValue() {
        given().contentType("application/json").body("{\"findings\":[]} garbage")
                .when().post("/api/v1/screenings")
                .then().statusCode(400).body("type", equalTo(MALFORMED));
        given().contentType("application/json").body("{\"findings\":[]} {\"findings\":[]}")
                .when().post("/api/v1/screenings")
                .then().statusCode(400).body("type", equalTo(MALFORMED))
                .body("detail", containsString("content after its JSON value"));
    }

    @Test
    void shouldQuoteAtMostAHundredCharactersOfAnOffendingValue() {
        String id = "x".repeat(16_000);

        given().contentType("application/json")
                .body("{\"findings\":[{\"id\":\"" + id + "\",\"state\":\"present\"}]}")
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors[0].message", containsString("x".repeat(100) + "…"))
                .body("errors[0].message.length()", lessThan(300))
                .body("detail.length()", lessThan(300));
        given().when().get("/api/v1/causes/" + id.substring(0, 3_000))
                .then().statusCode(404).body("detail.length()", lessThan(300));
        given().contentType("application/json").body("{\"" + id + "\":1}")
                .when().post("/api/v1/screenings")
                .then().statusCode(400).body("detail.length()", lessThan(300));
    }
}
