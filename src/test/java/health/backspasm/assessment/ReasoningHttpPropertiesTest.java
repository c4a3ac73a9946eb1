package health.backspasm.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random valid and broken cases over HTTP: the service answers 200 or a 4xx problem, never a 5xx. */
@QuarkusTest
class ReasoningHttpPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATHS = List.of("/api/v1/screenings", "/api/v1/assessments");

    @Test
    void shouldNeverAnswerWithAServerError() throws JsonProcessingException {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            ObjectNode body = JSON.valueToTree(ReasoningPropertiesTest.randomCase(random));
            if (random.nextBoolean()) {
                corrupt(body, random);
            }
            int status = given().contentType(ContentType.JSON).body(JSON.writeValueAsString(body))
                    .when().post(PATHS.get(random.nextInt(PATHS.size())))
                    .then().extract().statusCode();
            assertThat(status).as("status for %s", body).isIn(200, 400);
        }
    }

    private static void corrupt(ObjectNode body, Random random) {
        switch (random.nextInt(7)) {
            case 0 -> body.put("age", random.nextInt(1000) - 500);
            case 1 -> body.put("durationDays", "three");
            case 2 -> body.put("unexpected", true);
            case 3 -> body.putNull("findings");
            case 4 -> body.set("findings", JSON.createObjectNode().put("id", "sport.golf"));
            case 5 -> {
                ArrayNode findings = body.withArray("findings");
                findings.addObject().put("id", random.nextBoolean() ? "sport.curling" : null).put("state", "present");
            }
            default -> body.withArray("findings").addObject().put("id", "sport.golf").put("state", "often");
        }
    }
}
