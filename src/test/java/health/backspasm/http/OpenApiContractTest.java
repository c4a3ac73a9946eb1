package health.backspasm.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document (generated from the code's annotations) and the committed
 * openapi/openapi.yaml must be the same document. Run with -Dupdate-contract=true (the
 * update-contract profile does) to write the served document into the file instead.
 */
@QuarkusTest
class OpenApiContractTest {

    static final String REGENERATE = "./mvnw -B -Pupdate-contract test";
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("update-contract")) {
            Files.createDirectories(ContractValidation.CONTRACT.getParent());
            Files.writeString(ContractValidation.CONTRACT, served);
        }
        assertThat(ContractValidation.CONTRACT)
                .withFailMessage("%s is missing; generate it with %s", ContractValidation.CONTRACT, REGENERATE)
                .exists();

        List<String> differences = new ArrayList<>();
        diff("", YAML.readTree(Files.readString(ContractValidation.CONTRACT)), YAML.readTree(served), differences);

        assertThat(differences)
                .withFailMessage("The served OpenAPI document differs from %s at:%n  %s%n"
                        + "If the code's change is intended, regenerate the contract with%n  %s%n"
                        + "and commit openapi/openapi.yaml.", ContractValidation.CONTRACT,
                        String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))), REGENERATE)
                .isEmpty();
    }

    @Test
    void shouldDescribeEveryOperationCompletely() throws IOException {
        JsonNode contract = YAML.readTree(given().accept("application/yaml").get("/q/openapi").asString());
        List<String> gaps = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!HTTP_METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.path("summary").asText().isBlank()) {
                gaps.add(where + ": no summary");
            }
            if (operation.path("description").asText().isBlank()) {
                gaps.add(where + ": no description");
            }
            if (operation.path("tags").isEmpty()) {
                gaps.add(where + ": no tag");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                if (error && !response.getValue().path("content").has(Problem.MEDIA_TYPE)) {
                    gaps.add(where + " " + response.getKey() + ": no application/problem+json body");
                }
                if (response.getKey().equals("200") && response.getValue().path("content").isEmpty()) {
                    gaps.add(where + " 200: no body schema");
                }
            });
            operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!media.getValue().has("example") && media.getValue().path("examples").isEmpty()) {
                    gaps.add(where + ": the " + media.getKey() + " request body has no example");
                }
            });
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals("path") && !parameter.has("example")) {
                    gaps.add(where + ": path parameter " + parameter.path("name").asText() + " has no example");
                }
            });
        }));

        assertThat(gaps).isEmpty();
    }

    /** Collects the JSON pointers at which the two trees differ (objects compared by key, not order). */
    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> into) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = at + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!expected.has(key)) {
                    into.add(child + " (only served)");
                } else if (!actual.has(key)) {
                    into.add(child + " (only in the file)");
                } else {
                    diff(child, expected.get(key), actual.get(key), into);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                diff(at + "/" + i, e.next(), a.next(), into);
            }
        } else if (!expected.equals(actual)) {
            into.add((at.isEmpty() ? "/" : at) + " (file: " + abbreviate(expected) + ", served: " + abbreviate(actual)
                    + ")");
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
