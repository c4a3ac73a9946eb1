package health.backspasm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitTest {

    private static final String CASE = "{\"age\":40,\"findings\":[]}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseAPartnerBeyondItsRateWithRetryAfterAndLeaveOthersServed() {
        for (int i = 0; i < RateLimitProfile.PER_MINUTE; i++) {
            given().header("X-API-Key", RateLimitProfile.GAMMA_KEY).contentType("application/json").body(CASE)
                    .when().post("/api/test/case-probe")
                    .then().statusCode(200);
        }

        given().header("X-API-Key", RateLimitProfile.GAMMA_KEY).contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo("https://backspasm.health/problems/rate-limited"))
                .body("status", equalTo(429));
        given().header("X-API-Key", RateLimitProfile.DELTA_KEY).contentType("application/json").body(CASE)
                .when().post("/api/test/case-probe")
                .then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldLimitCallersWithoutAValidKeyByTheirAddress() {
        int status = 0;
        for (int i = 0; i <= RateLimitProfile.PER_MINUTE; i++) {
            status = given().header("X-API-Key", "not-a-key-" + i).when().get("/api/v1/findings")
                    .then().extract().statusCode();
        }

        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(429);
    }
}
