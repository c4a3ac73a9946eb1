package health.backspasm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiKeyProfile.class)
class ApiKeyTest {

    private static final String CASE = "{\"age\":40,\"findings\":[{\"id\":\"pain.lower_back\",\"state\":\"present\"}]}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseApiRequestsWithoutAKey() {
        given().contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo("https://backspasm.health/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void shouldRefuseAWrongKeyAndTheHashOfARightOne() {
        given().header("X-API-Key", ApiKeyProfile.ACME_KEY + "0").contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", Sha256.hex(ApiKeyProfile.ACME_KEY)).contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseUnknownApiPathsWithoutAKeyBeforeSayingTheyDoNotExist() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldServeEachPartnerWithItsOwnKey() {
        given().header("X-API-Key", ApiKeyProfile.ACME_KEY).contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(200).body("findings", equalTo(1));
        given().header("X-API-Key", ApiKeyProfile.BETA_KEY).contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(200);
    }

    @Test
    void shouldKeepHealthMetricsAndTheContractOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldCountRequestsPerPartnerNameNeverByKey() {
        given().header("X-API-Key", ApiKeyProfile.BETA_KEY).contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("backspasm_api_requests_total{client=\"beta\""))
                .body(not(containsString(ApiKeyProfile.BETA_KEY)))
                .body(not(containsString(Sha256.hex(ApiKeyProfile.BETA_KEY))));
    }

    @Test
    void shouldDeclareTheApiKeySchemeInTheContract() {
        given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.ApiKey.type", equalTo("apiKey"))
                .body("components.securitySchemes.ApiKey.in", equalTo("header"))
                .body("components.securitySchemes.ApiKey.name", equalTo("X-API-Key"));
    }

    @Test
    void shouldAnswerAPreflightFromAnAllowedOriginWithoutAKey() {
        given().header("Origin", ApiKeyProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .when().options("/api/test/case-probe")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ApiKeyProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void shouldNotAllowAnOriginThatIsNotConfigured() {
        given().header("Origin", "https://evil.example")
                .header("X-API-Key", ApiKeyProfile.ACME_KEY)
                .contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldRefuseAnOriginThatIsNotConfiguredWithAProblem() {
        given().header("Origin", "https://evil.example")
                .header("X-API-Key", ApiKeyProfile.ACME_KEY)
                .contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo("https://backspasm.health/problems/forbidden-origin"));
    }

    @Test
    void shouldLetBrowserCodeReadTheCachingAndRetryHeadersWithoutCredentials() {
        given().header("Origin", ApiKeyProfile.ALLOWED_ORIGIN)
                .header("X-API-Key", ApiKeyProfile.ACME_KEY)
                .contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ApiKeyProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Retry-After")))
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), equalTo("false")));
    }
}
