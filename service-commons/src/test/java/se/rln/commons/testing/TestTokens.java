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
        return Jwt.issuer(ISSUER).subject("late").groups(Set.of("admin"))
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign(KEY);
    }

    /** Signed by a key the services do not trust. */
    public static String foreign() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return base("intruder", "admin").sign(generator.generateKeyPair().getPrivate());
    }

    private static JwtClaimsBuilder base(String subject, String role) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(role)).expiresIn(Duration.ofHours(1));
    }
}
