package se.rln.commons.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Tokens for tests, signed with the test key pair ({@code testing/jwt-private.pem}); services
 * verify them with {@code testing/jwt-public.pem} in their test profile.
 */
public final class TestTokens {

    public static final String ISSUER = "https://rln.local/issuer";
    public static final String AUDIENCE = "rln-api";
    private static final String KEY = "testing/jwt-private.pem";

    private TestTokens() {
    }

    public static String admin() {
        return base("admin-" + UUID.randomUUID(), "admin").sign(KEY);
    }

    public static String coordinator(UUID organisation) {
        return base("coordinator-" + UUID.randomUUID(), "coordinator").claim("org", organisation.toString()).sign(KEY);
    }

    public static String municipality(String code) {
        return base("municipality-" + code, "municipality").claim("municipality", code).sign(KEY);
    }

    public static String facilitator() {
        return base("facilitator-" + UUID.randomUUID(), "facilitator").sign(KEY);
    }

    public static String participant(UUID participant, String municipality) {
        return base("participant-" + participant, "participant").claim("pid", participant.toString())
                .claim("municipality", municipality).sign(KEY);
    }

    public static String expired() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("late").groups(Set.of("admin"))
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign(KEY);
    }

    /** Signed by a key the services do not trust. */
    public static String foreign() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return base("intruder", "admin").sign(generator.generateKeyPair().getPrivate());
    }

    /** A facilitator with a known subject, to be named on a workshop. */
    public static String facilitator(String subject) {
        return base(subject, "facilitator").sign(KEY);
    }

    /** Signed by the trusted key, but issued for another API. */
    public static String otherAudience() {
        return Jwt.issuer(ISSUER).audience("some-other-api").subject("admin-elsewhere").groups(Set.of("admin"))
                .expiresIn(Duration.ofHours(1)).sign(KEY);
    }

    /** A facilitator token whose {@code preferred_username} and {@code upn} claim to be someone else. */
    public static String facilitatorClaimingToBe(String victim) {
        return base("facilitator-" + UUID.randomUUID(), "facilitator").claim("preferred_username", victim)
                .claim("upn", victim).sign(KEY);
    }

    private static JwtClaimsBuilder base(String subject, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(role)).expiresIn(Duration.ofHours(1));
    }
}
