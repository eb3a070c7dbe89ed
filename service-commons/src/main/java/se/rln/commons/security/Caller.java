package se.rln.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.rln.commons.problem.ProblemException;

/**
 * Who is calling, from the verified JWT: roles ({@code groups}), organisation ({@code org}),
 * municipality ({@code municipality}, SCB code) and participant ({@code pid}).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** A caller outside a request (a rule's unit test, a job acting as someone): this identity and its token. */
    public static Caller of(SecurityIdentity identity, JsonWebToken token) {
        Caller caller = new Caller();
        caller.identity = identity;
        caller.token = token;
        return caller;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    /**
     * The caller's identity: the token's {@code sub}, never {@code upn} or
     * {@code preferred_username} (which an issuer may let users choose, and which SmallRye JWT
     * would otherwise prefer as the principal name).
     */
    public String subject() {
        if (anonymous()) {
            return "anonymous";
        }
        String sub = token == null ? null : token.getSubject();
        if (sub == null || sub.isBlank()) {
            throw new ProblemException(401, "unauthorized", "Unauthorized", "the token carries no 'sub' claim", null);
        }
        return sub;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean admin() {
        return is(Roles.ADMIN);
    }

    /** The organisation a coordinator acts for; empty for other callers or a malformed claim. */
    public Optional<UUID> organisation() {
        return claim("org").flatMap(Caller::uuid);
    }

    public Optional<String> municipality() {
        return claim("municipality");
    }

    public Optional<UUID> participant() {
        return claim("pid").flatMap(Caller::uuid);
    }

    /** The coordinator's organisation, or 403 when the caller is not a coordinator of one. */
    public UUID requireCoordinatorOrganisation() {
        if (!is(Roles.COORDINATOR)) {
            throw ProblemException.forbidden("only a coordinator may do this");
        }
        return organisation().orElseThrow(
                () -> ProblemException.forbidden("the coordinator token carries no valid 'org' claim"));
    }

    /** A claim holding a UUID (e.g. the one workshop a pass counts for); empty when absent or malformed. */
    public Optional<UUID> uuidClaim(String name) {
        return claim(name).flatMap(Caller::uuid);
    }

    /** The token's id ({@code jti}), if it carries one. */
    public Optional<String> tokenId() {
        return anonymous() || token == null ? Optional.empty() : Optional.ofNullable(token.getTokenID());
    }

    private Optional<String> claim(String name) {
        if (anonymous() || token == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
