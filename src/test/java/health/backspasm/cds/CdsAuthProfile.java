package health.backspasm.cds;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** CDS Hooks authentication on, with two allowlisted issuers whose keys this profile generates. */
public class CdsAuthProfile implements QuarkusTestProfile {

    static final String AUDIENCE_BASE = "https://cds.example.org";
    static final String EHR = "https://ehr.example.org/";
    static final String OTHER_EHR = "https://other-ehr.example.org/";
    static final ECKey EC_KEY;
    static final RSAKey RSA_KEY;
    static final Path ISSUERS;

    static {
        try {
            EC_KEY = new ECKeyGenerator(Curve.P_384).keyID("ehr-es384").generate();
            RSA_KEY = new RSAKeyGenerator(2048).keyID("other-rs384").generate();
            ISSUERS = Files.createTempFile("cds-issuers", ".json");
            ISSUERS.toFile().deleteOnExit();
            Files.writeString(ISSUERS, "{\"issuers\": ["
                    + "{\"iss\": \"" + EHR + "\", \"jwks\": " + new JWKSet(EC_KEY.toPublicJWK()) + "},"
                    + "{\"iss\": \"" + OTHER_EHR + "\", \"jwks\": " + new JWKSet(RSA_KEY.toPublicJWK()) + "}]}");
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("backspasm.cds.auth.enabled", "true",
                "backspasm.cds.auth.audience-base", AUDIENCE_BASE,
                "backspasm.cds.auth.issuers-file", ISSUERS.toString());
    }
}
