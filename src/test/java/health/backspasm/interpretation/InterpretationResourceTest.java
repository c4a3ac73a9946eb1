package health.backspasm.interpretation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InterpretationResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldReadTheContractExampleIntoFindingsAndACase() {
        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(InterpretationExamples.REQUEST_CHAT)
                .when().post("/api/v1/interpretations")
                .then().statusCode(200)
                .body("findings.id", contains("pain.lower_back", "sport.golf", "exercise.no_warmup",
                        "neuro.numbness_leg"))
                .body("findings.find { it.id == 'neuro.numbness_leg' }.state", equalTo("absent"))
                .body("findings.find { it.id == 'exercise.no_warmup' }.text", equalTo("Didn't warm up"))
                .body("uncertain.id", contains("general.fever"))
                .body("age", equalTo(34))
                .body("durationDays", equalTo(1))
                .body("case.findings.id", contains("pain.lower_back", "sport.golf", "exercise.no_warmup",
                        "neuro.numbness_leg"));
    }

    @Test
    void shouldAnswerTheDocumentedResponseExampleExactly() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String body = given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(InterpretationExamples.REQUEST_CHAT)
                .when().post("/api/v1/interpretations")
                .then().statusCode(200).extract().asString();

        assertThat(withoutNulls(mapper.readTree(body))).isEqualTo(withoutNulls(mapper.readTree(InterpretationExamples.RESPONSE_CHAT)));
    }

    /** The case's unset fields may be written as null or left out; the example leaves them out. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(e -> e.getValue().isNull() && !e.getKey().equals("age")
                    && !e.getKey().equals("durationDays"));
            object.forEach(InterpretationResourceTest::withoutNulls);
        } else if (node.isArray()) {
            node.forEach(InterpretationResourceTest::withoutNulls);
        }
        return node;
    }

    @Test
    void shouldGiveNullNumbersWhenTheTextHasNone() {
        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(Map.of("text", "hello"))
                .when().post("/api/v1/interpretations")
                .then().statusCode(200)
                .body("age", nullValue())
                .body("durationDays", nullValue());
    }

    @Test
    void shouldAcceptTwoThousandCodePointsEvenWhenTheyAreFourThousandUtf16Units() {
        String text = "\uD83D\uDE2D".repeat(2000);
        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/interpretations")
                .then().statusCode(200);
    }

    @Test
    void shouldRejectTextLongerThanTwoThousandCodePointsNamingTheField() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body(Map.of("text", "a".repeat(2001)))
                .when().post("/api/v1/interpretations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://backspasm.health/problems/validation"))
                .body("errors.field", hasItem(containsString("text")));
    }

    @Test
    void shouldRejectMalformedJsonAsAProblem() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/api/v1/interpretations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://backspasm.health/problems/malformed-json"));
    }

    @Test
    void shouldRejectAnotherContentTypeAsAProblem() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.TEXT).body("lower back pain")
                .when().post("/api/v1/interpretations")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectEmptyOrMissingText() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body(Map.of("text", ""))
                .when().post("/api/v1/interpretations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("text")));
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/interpretations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("text")));
    }
}
