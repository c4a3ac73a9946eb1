package health.backspasm.answers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class AnswersResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bladderOne", "notSure", "age", "bareYes"})
    void shouldAnswerEachDocumentedExampleExactly(String name) throws Exception {
        Map<String, String[]> examples = Map.of(
                "bladderOne", new String[] {AnswerExamples.REQUEST_BLADDER_ONE, AnswerExamples.RESPONSE_BLADDER_ONE},
                "notSure", new String[] {AnswerExamples.REQUEST_NOT_SURE, AnswerExamples.RESPONSE_NOT_SURE},
                "age", new String[] {AnswerExamples.REQUEST_AGE, AnswerExamples.RESPONSE_AGE},
                "bareYes", new String[] {AnswerExamples.REQUEST_BARE_YES, AnswerExamples.RESPONSE_BARE_YES});
        String body = given().filter(ContractValidation.filter()).contentType(ContentType.JSON)
                .body(examples.get(name)[0])
                .when().post("/api/v1/answers")
                .then().statusCode(200).extract().asString();

        assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree(examples.get(name)[1]));
    }

    @Test
    void shouldReadARepliesToTheNextQuestionExactlyAsTheAssessmentGaveIt() {
        Map<String, Object> question = given().contentType(ContentType.JSON)
                .body("{\"findings\": [{\"id\": \"sport.golf\", \"state\": \"present\"}]}")
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("nextQuestion.findings.id", notNullValue())
                .extract().path("nextQuestion");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) question.get("findingIds");

        given().filter(ContractValidation.filter()).contentType(ContentType.JSON)
                .body(Map.of("question", question, "text", "nope, none of those"))
                .when().post("/api/v1/answers")
                .then().statusCode(200)
                .body("understood", equalTo(true))
                .body("answers.id", contains(ids.toArray()))
                .body("answers.state", everyItem(equalTo("absent")));
    }

    @Test
    void shouldCarryEachFindingsLabelQuestionAndAcceptedAnswersInTheNextQuestion() {
        given().contentType(ContentType.JSON)
                .body("{\"findings\": [{\"id\": \"sport.golf\", \"state\": \"present\"}]}")
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("nextQuestion.findings.id", contains("neuro.saddle_numbness", "neuro.bladder_dysfunction",
                        "neuro.bowel_incontinence", "neuro.sexual_dysfunction", "neuro.both_legs_weakness",
                        "neuro.numbness_both_legs", "pain.both_legs", "pain.chest", "general.faint", "injury.major_trauma"))
                .body("nextQuestion.findings[1].label", equalTo("New bladder problems"))
                .body("nextQuestion.findings[1].question", containsString("bladder"))
                .body("nextQuestion.findings[0].answers", contains("present", "absent", "unknown"));
    }

    @Test
    void shouldRejectAQuestionTheInterviewDoesNotAsk() throws Exception {
        String body = given().filter(ContractValidation.filter()).contentType(ContentType.JSON)
                .body(AnswerExamples.REQUEST_NOT_A_QUESTION)
                .when().post("/api/v1/answers")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();

        ObjectNode served = (ObjectNode) JSON.readTree(body);
        assertThat(served.remove("requestId")).as("the request's id").isNotNull();
        assertThat((com.fasterxml.jackson.databind.JsonNode) served).isEqualTo(JSON.readTree(AnswerExamples.PROBLEM_NOT_A_QUESTION));
    }

    @Test
    void shouldRejectAFindingIdThatNoQuestionAsks() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": {\"kind\": \"finding\", \"text\": \"?\", \"findingIds\": [\"neuro.nonsense\"]},"
                        + " \"text\": \"yes\"}")
                .when().post("/api/v1/answers")
                .then().statusCode(400)
                .body("errors.field", hasItem("question.findingIds[0]"));
    }

    @Test
    void shouldRejectFindingsThatDoNotMatchTheFindingIds() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": {\"kind\": \"finding\", \"text\": \"?\", \"findingIds\": [\"pain.chest\"],"
                        + " \"findings\": [{\"id\": \"neuro.saddle_numbness\", \"label\": \"x\", \"question\": \"y\"}]},"
                        + " \"text\": \"yes\"}")
                .when().post("/api/v1/answers")
                .then().statusCode(400)
                .body("errors.field", hasItem("question.findings[0].id"));
    }

    @Test
    void shouldRejectAnAgeQuestionWithFindings() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": {\"kind\": \"age\", \"text\": \"?\", \"findingIds\": [\"pain.chest\"]}, \"text\": \"45\"}")
                .when().post("/api/v1/answers")
                .then().statusCode(400)
                .body("errors.field", hasItem("question.findingIds"));
    }

    @Test
    void shouldRejectAnUnknownKindAMissingQuestionAndAnEmptyReply() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": {\"kind\": \"colour\", \"text\": \"?\", \"findingIds\": []}, \"text\": \"red\"}")
                .when().post("/api/v1/answers")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"text\": \"yes\"}")
                .when().post("/api/v1/answers")
                .then().statusCode(400).body("errors.field", hasItem(containsString("question")));
        given().contentType(ContentType.JSON)
                .body("{\"question\": {\"kind\": \"age\", \"text\": \"?\", \"findingIds\": []}, \"text\": \"\"}")
                .when().post("/api/v1/answers")
                .then().statusCode(400).body("errors.field", hasItem(containsString("text")));
    }

    @Test
    void shouldSettleNothingWhenTheReplyCannotBeMapped() {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("question").put("kind", "findings").put("text", "Any of these?")
                .putArray("findingIds").add("neuro.saddle_numbness").add("neuro.bladder_dysfunction");
        request.put("text", "my back hurts a lot");

        given().filter(ContractValidation.filter()).contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/answers")
                .then().statusCode(200)
                .body("understood", equalTo(false))
                .body("answers", empty())
                .body("clarification", containsString("2. New bladder problems"));
    }

}
