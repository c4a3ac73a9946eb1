package health.backspasm.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.backspasm.ContractValidation;
import health.backspasm.cases.CaseExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReasoningResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAssessTheGolferExampleAsSelfCareWithOveruseFirst() {
        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(CaseExamples.GOLFER_CASE)
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("triage.level", equalTo("self_care"))
                .body("causes[0].id", equalTo("cause.overuse"))
                .body("causes[0].supportingFindings.id", hasItem("sport.golf"))
                .body("remedies", not(empty()))
                .body("complete", equalTo(false))
                .body("nextQuestion.kind", equalTo("findings"))
                .body("knowledgeVersion", notNullValue())
                .body("disclaimer", notNullValue());
    }

    @Test
    void shouldEscalateTheCaudaEquinaExampleToEmergencyAtOnce() {
        given().filter(ContractValidation.nullNextQuestion()).contentType(ContentType.JSON).body(CaseExamples.CAUDA_EQUINA_CASE)
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("triage.level", equalTo("emergency"))
                .body("triage.redFlags.id", hasItem("redflag.cauda_equina"))
                .body("remedies", empty())
                .body("complete", equalTo(true))
                .body("nextQuestion", nullValue());
    }

    @Test
    void shouldScreenWithPendingRedFlagQuestions() {
        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body("{\"findings\": [{\"id\": \"sport.golf\", \"state\": \"present\"}]}")
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("level", equalTo("self_care"))
                .body("redFlags", empty())
                .body("pendingQuestions.kind", contains("findings", "findings", "findings", "findings", "age",
                        "duration"))
                .body("knowledgeVersion", notNullValue());
    }

    @Test
    void shouldRejectUnknownAndRepeatedFindingsNamingEach() {
        String body = """
                {"findings": [
                  {"id": "sport.golf", "state": "present"},
                  {"id": "sport.curling", "state": "present"},
                  {"id": "sport.golf", "state": "absent"},
                  {"id": "pain.lower_back", "state": "present"},
                  {"id": "pain.lower_back", "state": "present"}
                ]}
                """;
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("findings[1].id", "findings[2].id", "findings[4].id"));
    }

    @Test
    void shouldRejectAMisspelledProperty() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body("{\"finding\": [{\"id\": \"sport.golf\", \"state\": \"present\"}]}")
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("finding"));
    }

    @Test
    void shouldRejectABadStateAndOutOfRangeNumbers() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body("{\"findings\": [{\"id\": \"sport.golf\", \"state\": \"maybe\"}]}")
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("findings[0].state"));
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body("{\"age\": 121, \"durationDays\": -1}")
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("age", "durationDays"));
    }

    @Test
    void shouldRejectMoreThanOneHundredFindings() {
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            findings.add("{\"id\": \"sport.golf\", \"state\": \"present\"}");
        }
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body("{\"findings\": [" + String.join(",", findings) + "]}")
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("findings"));
    }

    @Test
    void shouldRejectABodyThatIsNotJson() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.TEXT).body("age 45, golf")
                .when().post("/api/v1/assessments")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerTheDocumentedProblemExampleForItsCase() throws Exception {
        String body = """
                {"age": 130, "findings": [
                  {"id": "sport.curling", "state": "present"},
                  {"id": "sport.golf", "state": "present"},
                  {"id": "sport.golf", "state": "absent"}
                ]}
                """;
        String answer = given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .extract().asString();
        ObjectMapper json = new ObjectMapper();
        ObjectNode served = (ObjectNode) json.readTree(answer);
        assertThat(served.remove("requestId")).as("the request's id").isNotNull();
        assertThat((JsonNode) served).isEqualTo(json.readTree(CaseExamples.INVALID_CASE_PROBLEM));
    }

    @Test
    void shouldDocumentTheNotSureScreeningExactlyAsServed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String screening = given().filter(ContractValidation.filter()).contentType(ContentType.JSON)
                .body(CaseExamples.NOT_SURE_CASE)
                .when().post("/api/v1/screenings").then().statusCode(200).extract().asString();

        assertThat(json.readTree(screening)).isEqualTo(json.readTree(CaseExamples.NOT_SURE_SCREENING));
        assertThat(json.readTree(screening).at("/redFlags/0/status").asText()).isEqualTo("unconfirmed");
    }

    @Test
    void shouldDocumentTheGolferScreeningAndAssessmentExactlyAsServed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String screening = given().contentType(ContentType.JSON).body(CaseExamples.GOLFER_CASE)
                .when().post("/api/v1/screenings").then().statusCode(200).extract().asString();
        String assessment = given().contentType(ContentType.JSON).body(CaseExamples.GOLFER_CASE)
                .when().post("/api/v1/assessments").then().statusCode(200).extract().asString();

        assertThat(json.readTree(screening)).isEqualTo(json.readTree(CaseExamples.GOLFER_SCREENING));
        // The documented assessment shows two causes, the first remedies and the first pending question
        // only: the served answer, cut the same way, must equal it field for field.
        ObjectNode documented = (ObjectNode) json.readTree(CaseExamples.GOLFER_ASSESSMENT);
        ObjectNode served = (ObjectNode) json.readTree(assessment);
        List<String> shownCauses = new ArrayList<>();
        documented.get("causes").forEach(c -> shownCauses.add(c.get("id").asText()));
        ArrayNode causes = json.createArrayNode();
        served.get("causes").forEach(c -> {
            if (shownCauses.contains(c.get("id").asText())) {
                causes.add(c);
            }
        });
        ArrayNode remedies = json.createArrayNode();
        for (int i = 0; i < documented.get("remedies").size(); i++) {
            remedies.add(served.get("remedies").get(i));
        }
        ArrayNode pending = json.createArrayNode();
        for (int i = 0; i < documented.at("/triage/pendingQuestions").size(); i++) {
            pending.add(served.at("/triage/pendingQuestions").get(i));
        }
        served.set("causes", causes);
        served.set("remedies", remedies);
        ((ObjectNode) served.get("triage")).set("pendingQuestions", pending);
        assertThat(served).isEqualTo(documented);
    }

    private static final String BASKETBALL_TWIST = """
            {"age": 31, "durationDays": 2, "findings": [
              {"id": "sport.basketball", "state": "present"},
              {"id": "onset.sudden", "state": "present"},
              {"id": "onset.twisting_pulling", "state": "present"}
            ]}
            """;

    @Test
    void shouldLeaveOutSellersClaimsWhenThePartnerAsksForArticleEvidenceOrBetter() {
        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(BASKETBALL_TWIST)
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("remedies.evidence", hasItem("vendor_claim"))
                .body("confidence", notNullValue())
                .body("confidenceNote", notNullValue());
        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(BASKETBALL_TWIST)
                .queryParam("minEvidence", "article")
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("remedies.evidence", not(hasItem("vendor_claim")))
                .body("remedies.evidence", hasItem("article"));
    }

    @Test
    void shouldRejectAnEvidenceGradeThatIsNotOne() {
        given().filter(ContractValidation.responsesOnly()).contentType(ContentType.JSON).body(BASKETBALL_TWIST)
                .queryParam("minEvidence", "rumour")
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("minEvidence"))
                .body("errors[0].message", equalTo("must be one of: guideline, article, vendor_claim"));
    }
}
