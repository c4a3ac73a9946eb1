package health.backspasm.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default configuration: API open, no rate limit, no CORS, headers and body limits always on. */
@QuarkusTest
class EdgeDefaultsTest {

    private static final String CASE = "{\"age\":40,\"findings\":[{\"id\":\"pain.lower_back\",\"state\":\"present\"}]}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldServeTheApiWithoutAKeyWhenNoKeysAreConfigured() {
        given().contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(200).body("findings", equalTo(1));
    }

    @Test
    void shouldSendNosniffOnEveryResponseErrorsAndOperationsIncluded() {
        given().contentType("application/json").body(CASE).when().post("/api/test/case-probe")
                .then().header("X-Content-Type-Options", "nosniff");
        given().contentType("application/json").body("{").when().post("/api/test/case-probe")
                .then().header("X-Content-Type-Options", "nosniff");
        given().when().get("/api/v1/no-such-thing").then().header("X-Content-Type-Options", "nosniff");
        given().when().get("/no-such-page").then().header("X-Content-Type-Options", "nosniff");
        given().when().get("/q/health/ready").then().header("X-Content-Type-Options", "nosniff");
        given().when().get("/q/metrics").then().header("X-Content-Type-Options", "nosniff");
        given().when().get("/q/openapi").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldForbidCachingOfPostAnswers() {
        given().contentType("application/json").body(CASE).when().post("/api/test/case-probe")
                .then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void shouldSendNoCorsHeadersByDefault() {
        given().header("Origin", "https://app.partner.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/test/case-probe")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://app.partner.example").contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldRefuseADeclaredBodyOver64KibWithAProblem() {
        given().contentType("application/json").body(caseOfBytes(64 * 1024 + 1))
                .when().post("/api/test/case-probe")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://backspasm.health/problems/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void shouldAcceptADeclaredBodyOfExactly64Kib() {
        given().contentType("application/json").body(caseOfBytes(64 * 1024))
                .when().post("/api/test/case-probe")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseAChunkedBodyOver64KibWithAProblem() throws Exception {
        HttpResponse<String> response = postChunked(caseOfBytes(200 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://backspasm.health/problems/payload-too-large");
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldReadASmallChunkedBody() throws Exception {
        HttpResponse<String> response = postChunked(CASE.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"findings\":1");
    }

    /** A valid case padded with spaces to exactly {@code size} bytes. */
    static byte[] caseOfBytes(int size) {
        String json = "{\"age\":40,\"findings\":[]}";
        return (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.UTF_8);
    }

    /** A body from a stream of unknown length: HTTP/1.1 sends it chunked, with no Content-Length. */
    static HttpResponse<String> postChunked(byte[] body) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/test/case-probe"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
