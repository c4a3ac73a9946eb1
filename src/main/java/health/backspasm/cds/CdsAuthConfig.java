package health.backspasm.cds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * JWT bearer authentication of the CDS Hooks endpoints (CDS Hooks 2.0, "Trusting CDS Clients"). Off
 * unless enabled (a developer's machine needs nothing); the Kubernetes manifests turn it on.
 */
@ConfigMapping(prefix = "backspasm.cds.auth")
public interface CdsAuthConfig {

    /** When true, every call of a service and of its feedback needs a valid JWT; discovery stays open. */
    @WithDefault("false")
    boolean enabled();

    /**
     * The service's public base URL as the EHR calls it ({@code https://cds.example.org}): a token's
     * {@code aud} must be this base followed by the path called ({@code /cds-services/backspasm-red-flags},
     * or that service's {@code /feedback}). Required when enabled.
     */
    Optional<String> audienceBase();

    /**
     * A JSON file of the allowlisted issuers and their public keys:
     * {@code {"issuers": [{"iss": "https://ehr.example.org", "jwks": {"keys": [ ...public JWKs... ]}}]}}.
     * Only asymmetric public keys (RSA, EC) are accepted. Required when enabled.
     */
    Optional<Path> issuersFile();

    /** The longest a token may live ({@code exp} minus {@code iat}); CDS Hooks asks for five minutes at most. */
    @WithDefault("5M")
    Duration maxLifetime();

    /** Clock difference tolerated between the client and this service. */
    @WithDefault("30S")
    Duration clockSkew();
}
