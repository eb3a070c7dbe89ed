package se.rln.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.rln.gateway.routing.Route;

/**
 * JWT verification at the edge, with the same key and issuer as the services (which verify
 * again): a missing, expired or wrongly signed token, or a role the operation does not allow,
 * never reaches a service.
 *
 * <p>A token that verified is remembered for at most {@value #REMEMBER_SECONDS} s (never past its
 * own {@code exp}), so that an HR system's thousand calls with one token cost one signature
 * check: parsing and verifying was a sixth of the gateway's CPU under a registration rush. A
 * token signed by a key that is withdrawn is thus refused at most that much later here; the
 * services verify every request again.
 */
@ApplicationScoped
public class EdgeAuth {

    static final long REMEMBER_SECONDS = 60;

    @Inject
    JWTParser parser;

    /** A verified token's caller and until when (epoch seconds) it may be taken without verifying again. */
    private record Verified(Caller caller, long until) {
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofSeconds(REMEMBER_SECONDS)).build();

    /** The verified caller, or an anonymous one when no token was sent. */
    public record Caller(String subject, Set<String> roles) {
        public boolean anonymous() {
            return subject == null;
        }
    }

    /** Why a request is refused at the edge. */
    public static final class Refused extends Exception {
        private final transient EdgeProblem problem;

        Refused(EdgeProblem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        public EdgeProblem problem() {
            return problem;
        }
    }

    /** Verifies the Authorization header, if any. */
    public Caller caller(String authorization) throws Refused {
        if (authorization == null || authorization.isBlank()) {
            return new Caller(null, Set.of());
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Refused(EdgeProblem.unauthorized(EdgeProblem.TOKEN_REQUIRED));
        }
        String raw = authorization.substring(7).trim();
        Verified known = verified.getIfPresent(raw);
        long now = System.currentTimeMillis() / 1000;
        if (known != null && now < known.until()) {
            return known.caller();
        }
        try {
            JsonWebToken token = parser.parse(raw);
            // the identity is 'sub' alone: upn and preferred_username may be chosen by users at some issuers
            if (token.getSubject() == null || token.getSubject().isBlank()) {
                throw new Refused(EdgeProblem.unauthorized("the token carries no 'sub' claim"));
            }
            Caller caller = new Caller(token.getSubject(), Set.copyOf(token.getGroups()));
            if (token.getExpirationTime() > 0) {
                verified.put(raw, new Verified(caller, token.getExpirationTime()));
            }
            return caller;
        } catch (ParseException e) {
            throw new Refused(EdgeProblem.unauthorized(EdgeProblem.TOKEN_REQUIRED));
        }
    }

    /** Whether the caller may call the operation. */
    public void check(Caller caller, Route.Access access) throws Refused {
        if (access.anonymous()) {
            return;
        }
        if (caller.anonymous()) {
            throw new Refused(EdgeProblem.unauthorized(EdgeProblem.TOKEN_REQUIRED));
        }
        if (!access.roles().isEmpty() && access.roles().stream().noneMatch(caller.roles()::contains)) {
            throw new Refused(EdgeProblem.forbidden("your role does not allow this request"));
        }
    }
}
