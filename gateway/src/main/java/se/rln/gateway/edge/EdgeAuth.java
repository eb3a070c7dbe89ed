package se.rln.gateway.edge;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.rln.gateway.routing.Route;

/**
 * JWT verification at the edge, with the same key and issuer as the services (which verify
 * again): a missing, expired or wrongly signed token, or a role the operation does not allow,
 * never reaches a service.
 */
@ApplicationScoped
public class EdgeAuth {

    @Inject
    JWTParser parser;

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
        try {
            JsonWebToken token = parser.parse(authorization.substring(7).trim());
            // the identity is 'sub' alone: upn and preferred_username may be chosen by users at some issuers
            if (token.getSubject() == null || token.getSubject().isBlank()) {
                throw new Refused(EdgeProblem.unauthorized("the token carries no 'sub' claim"));
            }
            return new Caller(token.getSubject(), token.getGroups());
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
