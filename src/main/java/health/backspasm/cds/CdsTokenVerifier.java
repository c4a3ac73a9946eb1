package health.backspasm.cds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a CDS Hooks client's JWT: signed with an asymmetric algorithm (never {@code none}, never an
 * HMAC) by a key of an allowlisted issuer, found by its {@code kid}; {@code aud} the endpoint called;
 * {@code exp} not passed and at most {@code maxLifetime} after {@code iat}; {@code jti} never seen
 * before within the token's lifetime. Plain: the clock is a parameter. It answers why a token is
 * refused in a fixed reason (for the metric and the problem), never with anything the token holds.
 */
public final class CdsTokenVerifier {

    /** Why a token is refused: a fixed set, safe as a metric label. */
    public enum Rejection {
        missing, malformed, algorithm, unknown_issuer, unknown_key, signature, audience, expired, lifetime, replayed
    }

    /** The outcome: accepted when {@code rejection} is null. */
    public record Verdict(Rejection rejection) {
        public boolean accepted() {
            return rejection == null;
        }
    }

    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private static final Verdict OK = new Verdict(null);

    private final Map<String, JWKSet> issuers;
    private final Duration maxLifetime;
    private final Duration skew;
    private final Clock clock;
    private final Cache<String, Boolean> seen;

    public CdsTokenVerifier(Map<String, JWKSet> issuers, Duration maxLifetime, Duration skew, Clock clock) {
        this.issuers = Map.copyOf(issuers);
        this.maxLifetime = maxLifetime;
        this.skew = skew;
        this.clock = clock;
        this.seen = Caffeine.newBuilder().expireAfterWrite(maxLifetime.plus(skew).plus(skew))
                .maximumSize(500_000).build();
    }

    /** Checks {@code token} for a call of {@code audience} (the absolute URL called). */
    public Verdict verify(String token, String audience) {
        if (token == null || token.isBlank()) {
            return new Verdict(Rejection.missing);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token.strip());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            return new Verdict(Rejection.malformed);
        }
        JWSHeader header = jwt.getHeader();
        if (!ASYMMETRIC.contains(header.getAlgorithm())) {
            return new Verdict(Rejection.algorithm);
        }
        if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
            return new Verdict(Rejection.malformed);
        }
        JWKSet keys = claims.getIssuer() == null ? null : issuers.get(claims.getIssuer());
        if (keys == null) {
            return new Verdict(Rejection.unknown_issuer);
        }
        JWK key = header.getKeyID() == null ? null : keys.getKeyByKeyId(header.getKeyID());
        if (key == null) {
            return new Verdict(Rejection.unknown_key);
        }
        try {
            if (!verifier(header.getAlgorithm(), key).verify(header, jwt.getSigningInput(), jwt.getSignature())) {
                return new Verdict(Rejection.signature);
            }
        } catch (JOSEException | IllegalArgumentException e) {
            return new Verdict(Rejection.signature);
        }
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(audience)) {
            return new Verdict(Rejection.audience);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null || !exp.toInstant().plus(skew).isAfter(now)) {
            return new Verdict(Rejection.expired);
        }
        if (iat.toInstant().minus(skew).isAfter(now)
                || Duration.between(iat.toInstant(), exp.toInstant()).compareTo(maxLifetime) > 0) {
            return new Verdict(Rejection.lifetime);
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            return new Verdict(Rejection.malformed);
        }
        if (seen.asMap().putIfAbsent(claims.getIssuer() + "\n" + jti, Boolean.TRUE) != null) {
            return new Verdict(Rejection.replayed);
        }
        return OK;
    }

    private static JWSVerifier verifier(JWSAlgorithm alg, JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(alg)) {
            return new RSASSAVerifier(rsa.toRSAPublicKey());
        }
        if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(alg)) {
            return new ECDSAVerifier(ec.toECPublicKey());
        }
        throw new JOSEException("the key does not fit the algorithm");
    }
}
