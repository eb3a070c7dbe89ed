package se.rln.commons.testing;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;

/**
 * Callers of every role for unit tests of the rule and access classes: the same identity and
 * claims ({@code sub}, {@code groups}, {@code org}, {@code municipality}, {@code pid}) a
 * verified token of {@link TestTokens} gives a request.
 */
public final class TestCallers {

    private TestCallers() {
    }

    public static Caller admin() {
        return of("admin-" + UUID.randomUUID(), Roles.ADMIN, Map.of());
    }

    public static Caller coordinator(UUID organisation) {
        return of("coordinator-" + UUID.randomUUID(), Roles.COORDINATOR, Map.of("org", organisation.toString()));
    }

    public static Caller municipality(String code) {
        return of("municipality-" + code, Roles.MUNICIPALITY, Map.of("municipality", code));
    }

    public static Caller facilitator(String subject) {
        return of(subject, Roles.FACILITATOR, Map.of());
    }

    public static Caller participant(UUID participant, String municipality) {
        return of("participant-" + participant, Roles.PARTICIPANT,
                Map.of("pid", participant.toString(), "municipality", municipality));
    }

    public static Caller anonymous() {
        return Caller.of(QuarkusSecurityIdentity.builder().setAnonymous(true).setPrincipal(new QuarkusPrincipal("")).build(),
                null);
    }

    private static Caller of(String subject, String role, Map<String, String> claims) {
        JwtClaims jwt = new JwtClaims();
        jwt.setSubject(subject);
        jwt.setIssuer(TestTokens.ISSUER);
        jwt.setStringListClaim("groups", List.of(role));
        claims.forEach(jwt::setClaim);
        JsonWebToken token = new DefaultJWTCallerPrincipal(jwt);
        return Caller.of(QuarkusSecurityIdentity.builder().setPrincipal(token).addRole(role).build(), token);
    }
}
