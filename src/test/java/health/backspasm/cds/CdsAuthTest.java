package health.backspasm.cds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CDS Hooks 2.0 JWT bearer authentication: a token signed by an allowlisted issuer's key with an
 * asymmetric algorithm, for the endpoint called, short-lived and used once, passes; every other token
 * is a 401 problem before the body is read.
 */
@QuarkusTest
@TestProfile(CdsAuthProfile.class)
class CdsAuthTest {

    private static final String PATH = "/cds-services/backspasm-red-flags";
    private static final String AUD = CdsAuthProfile.AUDIENCE_BASE + PATH;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JWTClaimsSet.Builder claims(String iss, String aud, long lifetimeSeconds, long issuedSecondsAgo) {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().issuer(iss).audience(aud).jwtID(UUID.randomUUID().toString())
                .issueTime(new Date(now - issuedSecondsAgo * 1000))
                .expirationTime(new Date(now - issuedSecondsAgo * 1000 + lifetimeSeconds * 1000));
    }

    private static String es384(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                .keyID(CdsAuthProfile.EC_KEY.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(CdsAuthProfile.EC_KEY));
        return jwt.serialize();
    }

    private static String valid() throws JOSEException {
        return es384(claims(CdsAuthProfile.EHR, AUD, 300, 0).build());
    }

    private static io.restassured.response.ValidatableResponse post(String token) {
        var request = given().contentType("application/json").body(new Records(40).lowBackPain().patientView().toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post(PATH).then();
    }

    private static void refused(String token) {
        post(token).statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://backspasm.health/problems/invalid-token"));
    }

    @Test
    void shouldAnswerACallWithAValidEs384OrRs384Token() throws JOSEException {
        post(valid()).statusCode(200);
        SignedJWT rs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).type(JOSEObjectType.JWT)
                .keyID(CdsAuthProfile.RSA_KEY.getKeyID()).build(), claims(CdsAuthProfile.OTHER_EHR, AUD, 120, 0).build());
        rs.sign(new RSASSASigner(CdsAuthProfile.RSA_KEY));
        post(rs.serialize()).statusCode(200);
    }

    @Test
    void shouldLeaveDiscoveryOpen() {
        given().get("/cds-services").then().statusCode(200);
    }

    @Test
    void shouldRefuseACallWithoutToken() {
        refused(null);
    }

    @Test
    void shouldRefuseAnUnsignedTokenWithAlgNone() throws JOSEException {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"ehr-es384\"}"
                .getBytes(StandardCharsets.UTF_8)).toString();
        String payload = Base64URL.encode(claims(CdsAuthProfile.EHR, AUD, 300, 0).build().toString()
                .getBytes(StandardCharsets.UTF_8)).toString();
        refused(header + "." + payload + ".");
        String validSignature = valid().split("\\.")[2];
        refused(header + "." + payload + "." + validSignature);
    }

    @Test
    void shouldRefuseAnHmacToken() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                .keyID(CdsAuthProfile.EC_KEY.getKeyID()).build(), claims(CdsAuthProfile.EHR, AUD, 300, 0).build());
        jwt.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-length!!"));
        refused(jwt.serialize());
    }

    @Test
    void shouldRefuseAnExpiredTokenAndATokenLivingTooLong() throws JOSEException {
        refused(es384(claims(CdsAuthProfile.EHR, AUD, 120, 600).build()));
        refused(es384(claims(CdsAuthProfile.EHR, AUD, 3600, 0).build()));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() throws JOSEException {
        refused(es384(claims(CdsAuthProfile.EHR, "https://cds.example.org/cds-services/other", 300, 0).build()));
        refused(es384(claims(CdsAuthProfile.EHR, "https://evil.example.org" + PATH, 300, 0).build()));
    }

    @Test
    void shouldRefuseAnUnknownIssuerAndAKeyOfAnotherIssuer() throws JOSEException {
        refused(es384(claims("https://unknown.example.org/", AUD, 300, 0).build()));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).type(JOSEObjectType.JWT)
                .keyID(CdsAuthProfile.RSA_KEY.getKeyID()).build(), claims(CdsAuthProfile.EHR, AUD, 300, 0).build());
        jwt.sign(new RSASSASigner(CdsAuthProfile.RSA_KEY));
        refused(jwt.serialize());
    }

    @Test
    void shouldRefuseATamperedSignature() throws JOSEException {
        String[] parts = valid().split("\\.");
        String otherPayload = Base64URL.encode(claims(CdsAuthProfile.EHR, AUD, 300, 0).subject("x").build()
                .toString().getBytes(StandardCharsets.UTF_8)).toString();
        refused(parts[0] + "." + otherPayload + "." + parts[2]);
    }

    @Test
    void shouldRefuseAReplayedJti() throws JOSEException {
        String token = valid();
        post(token).statusCode(200);
        refused(token);
    }

    @Test
    void shouldProtectFeedbackToo() throws JOSEException {
        String body = "{\"feedback\":[{\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\",\"outcome\":\"overridden\","
                + "\"outcomeTimestamp\":\"2026-11-30T02:00:00Z\"}]}";
        given().contentType("application/json").body(body).post(PATH + "/feedback").then().statusCode(401);
        given().contentType("application/json").body(body)
                .header("Authorization", "Bearer " + es384(claims(CdsAuthProfile.EHR, AUD + "/feedback", 300, 0).build()))
                .post(PATH + "/feedback").then().statusCode(200);
    }
}
