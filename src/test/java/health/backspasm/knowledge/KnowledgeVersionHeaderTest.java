package health.backspasm.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import health.backspasm.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every /api response names the knowledge version that answered, without the body being read. */
@QuarkusTest
class KnowledgeVersionHeaderTest {

    @Test
    void shouldNameTheKnowledgeVersionOnCatalogueReasoningAndInterpretationResponses() throws Exception {
        String version = given().get("/api/v1/knowledge").jsonPath().getString("version");
        assertThat(version).isNotBlank();
        String etag = given().get("/api/v1/causes").header("ETag");
        String kase = Files.readString(Path.of("src", "bench", "bodies", "case-12-findings.json"));
        List<Response> responses = List.of(
                given().filter(ContractValidation.filter()).get("/api/v1/knowledge"),
                given().filter(ContractValidation.filter()).get("/api/v1/causes"),
                given().filter(ContractValidation.filter()).header("If-None-Match", etag).get("/api/v1/causes"),
                given().filter(ContractValidation.filter()).get("/api/v1/red-flags/redflag.nothing"),
                given().filter(ContractValidation.filter()).contentType("application/json").body(kase)
                        .post("/api/v1/screenings"),
                given().filter(ContractValidation.filter()).contentType("application/json").body(kase)
                        .post("/api/v1/assessments"),
                given().filter(ContractValidation.filter()).contentType("application/json")
                        .body("{\"text\":\"my lower back hurts\"}").post("/api/v1/interpretations"));
        for (Response response : responses) {
            assertThat(response.header(KnowledgeVersionHeader.HEADER)).as("status " + response.statusCode())
                    .isEqualTo(version);
        }
        assertThat(etag).startsWith("\"" + version + "-");
    }

    @Test
    void shouldLeaveTheHeaderOffOutsideTheApi() {
        assertThat(given().get("/q/health/live").header(KnowledgeVersionHeader.HEADER)).isNull();
    }
}
