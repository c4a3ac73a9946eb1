package health.backspasm.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET / points a browser to Swagger UI; GET /api/v1 links every operation of the contract. */
@QuarkusTest
class ApiIndexTest {

    @Test
    void shouldRedirectTheRootToSwaggerUi() {
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", "/q/swagger-ui");
        given().redirects().follow(true).get("/").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"));
    }

    @Test
    void shouldLinkEveryOperationOfTheContractByItsOperationId() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.CONTRACT.toFile());
        List<String> expected = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                expected.add(op.getValue().path("operationId").asText() + " " + op.getKey().toUpperCase() + " "
                        + path.getKey() + " " + op.getValue().path("summary").asText());
            }
        }
        Response index = given().filter(ContractValidation.filter()).get("/api/v1");
        index.then().statusCode(200).contentType("application/json");
        List<Map<String, Object>> links = index.jsonPath().getList("links");
        List<String> operations = links.stream().filter(l -> ((String) l.get("href")).startsWith("/api/"))
                .map(l -> l.get("rel") + " " + l.get("method") + " " + l.get("href") + " " + l.get("title")).toList();
        assertThat(expected).as("operations of the contract").isNotEmpty();
        assertThat(operations).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(links).allSatisfy(l -> assertThat(l.get("templated") != null)
                .isEqualTo(((String) l.get("href")).contains("{")));
        assertThat(index.jsonPath().getString("title")).isEqualTo(contract.path("info").path("title").asText());
        assertThat(index.jsonPath().getString("version")).isEqualTo(contract.path("info").path("version").asText());
    }

    @Test
    void shouldLinkTheContractAndSwaggerUiWhereTheyAnswer() {
        List<Map<String, Object>> links = given().get("/api/v1").jsonPath().getList("links");
        List<String> outside = links.stream().map(l -> (String) l.get("href")).filter(h -> h.startsWith("/q/")).toList();
        assertThat(outside).containsExactly("/q/openapi", "/q/swagger-ui");
        for (String href : outside) {
            given().get(href).then().statusCode(200);
        }
    }
}
