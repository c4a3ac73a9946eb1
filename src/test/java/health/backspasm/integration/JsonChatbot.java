package health.backspasm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A chatbot backend speaking plain JSON over HTTP: interpret the first message, screen, run the
 * interview to {@code complete} on the person's typed replies (read by POST /api/v1/answers), fetch the
 * remedies of the leading cause. Each call goes to the
 * instance the router names for that call's number, and every response body is kept.
 */
final class JsonChatbot {

    static final int MAX_QUESTIONS = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final IntFunction<URI> router;
    private final List<JsonNode> responses = new ArrayList<>();

    JsonChatbot(IntFunction<URI> router) {
        this.router = router;
    }

    /** Talks with the person to the end and returns every response body, in call order. */
    List<JsonNode> talkWith(ScriptedPerson person) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("text", person.message());
        ObjectNode caseNode = (ObjectNode) post("api/v1/interpretations", request).path("case").deepCopy();
        post("api/v1/screenings", caseNode);
        JsonNode assessment = post("api/v1/assessments", caseNode);
        int questions = 0;
        while (!assessment.path("complete").asBoolean()) {
            assertThat(questions++).as("questions asked").isLessThan(MAX_QUESTIONS);
            answer(caseNode, assessment.path("nextQuestion"), person);
            assessment = post("api/v1/assessments", caseNode);
        }
        String leading = assessment.at("/causes/0/id").asText();
        assertThat(leading).as("the leading cause").isNotBlank();
        get("api/v1/remedies?cause=" + URLEncoder.encode(leading, StandardCharsets.UTF_8));
        return List.copyOf(responses);
    }

    /** The person types a reply; POST /api/v1/answers reads it in the question's context; the case grows. */
    private void answer(ObjectNode caseNode, JsonNode question, ScriptedPerson person)
            throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        question.path("findingIds").forEach(id -> ids.add(id.asText()));
        ObjectNode request = JSON.createObjectNode();
        request.set("question", question);
        request.put("text", person.reply(question.path("kind").asText(), ids));
        JsonNode read = post("api/v1/answers", request);
        assertThat(read.path("understood").asBoolean()).as("reply understood: %s", read).isTrue();
        ArrayNode findings = caseNode.withArray("findings");
        read.path("answers").forEach(entry -> findings.add(entry.deepCopy()));
        if (read.path("age").isInt()) {
            caseNode.put("age", read.path("age").asInt());
        }
        if (read.path("durationDays").isInt()) {
            caseNode.put("durationDays", read.path("durationDays").asInt());
        }
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(next(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return send(request);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(next(path)).header("Accept", "application/json").GET().build());
    }

    private URI next(String path) {
        return router.apply(responses.size()).resolve(path);
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", request.method(), request.uri(), response.body())
                .isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        responses.add(body);
        return body;
    }
}
