package se.rln.scenario.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.build.Jwt;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Roles;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.PassKind;
import se.rln.scenario.model.WorkshopPass;

/**
 * The tokens of workshop passes: signed with this service's own RSA key
 * ({@code rln.passes.signing-key}, a PKCS#8 PEM; every instance is given the same), issued by
 * {@code rln.passes.issuer} for the audience {@value #AUDIENCE}, and accepted by this service only
 * (and verified by the gateway with the public half). A key that cannot be read stops the start. The token names its pass ({@code jti}), the
 * workshop ({@code wid}) and, for a participant, the member's person ({@code pid}).
 */
@ApplicationScoped
@Startup
public class PassTokens {

    public static final String AUDIENCE = "rln-workshop";
    /** The claim naming the one workshop a pass token counts for. */
    public static final String WORKSHOP_CLAIM = "wid";

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "rln.passes.signing-key")
    Optional<String> signingKeyLocation;

    @ConfigProperty(name = "rln.passes.issuer")
    String issuer;

    @ConfigProperty(name = "rln.passes.lifetime", defaultValue = "PT8H")
    Duration lifetime;

    private PrivateKey signingKey;
    private PublicKey verificationKey;

    @PostConstruct
    void loadKey() {
        if (signingKeyLocation.isEmpty() || signingKeyLocation.get().isBlank()) {
            return;
        }
        try {
            String pem = ResourceUtils.readResource(signingKeyLocation.get());
            if (pem == null) {
                throw new IllegalStateException("nothing at " + signingKeyLocation.get());
            }
            signingKey = KeyUtils.decodePrivateKey(pem);
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) signingKey;
            verificationKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(),
                    rsa.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalStateException("rln.passes.signing-key: no RSA private key (PKCS#8 PEM) at "
                    + signingKeyLocation.get(), e);
        }
    }

    /** How long a pass counts from its issue. */
    public Duration lifetime() {
        return lifetime;
    }

    /** The signed token of a pass; {@code member} is {@code null} for a viewer's. */
    public String sign(WorkshopPass pass, Member member) {
        if (signingKey == null) {
            throw new ProblemException(503, "passes-not-configured", "Workshop passes are not configured",
                    "this instance has no rln.passes.signing-key, so it cannot hand out passes", null);
        }
        var claims = Jwt.issuer(issuer).audience(AUDIENCE).subject("pass:" + pass.id).claim("jti", pass.id.toString())
                .claim(WORKSHOP_CLAIM, pass.workshopId.toString())
                .groups(Set.of(pass.kind == PassKind.PARTICIPANT ? Roles.PARTICIPANT : Roles.VIEWER))
                .issuedAt(pass.issuedAt.toInstant()).expiresAt(pass.expiresAt.toInstant());
        if (member != null) {
            claims.claim("pid", member.participantId.toString());
            if (member.municipalityCode != null) {
                claims.claim("municipality", member.municipalityCode);
            }
        }
        return claims.jws().keyId("workshop-passes").sign(signingKey);
    }

    /** Whether {@code token} claims to be one of this service's (its signature is checked by {@link #context}). */
    public boolean issuedHere(String token) {
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            return false;
        }
        try {
            JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.substring(first + 1, second)),
                    StandardCharsets.UTF_8));
            return issuer.equals(payload.path("iss").asText(null));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * How a pass token is verified: as the suite's tokens are (groups, clock skew), but with this
     * service's key, issuer and audience. Without a key, nothing verifies.
     */
    public JWTAuthContextInfo context(JWTAuthContextInfo suite) {
        JWTAuthContextInfo passes = new JWTAuthContextInfo(suite);
        passes.setPublicKeyLocation(null);
        passes.setPublicKeyContent(null);
        passes.setPublicVerificationKey(verificationKey != null ? verificationKey : unusableKey());
        passes.setIssuedBy(issuer);
        passes.setExpectedAudience(Set.of(AUDIENCE));
        passes.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        return passes;
    }

    /** A key no token is signed with: without a configured key every pass token fails verification. */
    private static PublicKey unusableKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(BigInteger.valueOf(3233),
                    BigInteger.valueOf(17)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
