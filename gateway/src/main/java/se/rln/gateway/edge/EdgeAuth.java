package se.rln.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.annotation.PostConstruct;
import java.util.Base64;
import se.rln.gateway.GatewayConfig;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    JWTParser parser;

    @Inject
    JWTAuthContextInfo suite;

    @Inject
    GatewayConfig config;

    private JWTAuthContextInfo passes;

    /** A verified token's caller and until when (epoch seconds) it may be taken without verifying again. */
    private record Verified(Caller caller, long until) {
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofSeconds(REMEMBER_SECONDS)).build();

    /**
     * How pass tokens verify: the passes' key, issuer and audience; without a configured key, none
     * is accepted.
     */
    @PostConstruct
    void passes() {
        String key = config.passes().publicKey().filter(k -> !k.isBlank()).orElse(null);
        if (key == null) {
            return;
        }
        passes = new JWTAuthContextInfo(suite);
        passes.setPublicKeyLocation(key);
        passes.setPublicKeyContent(null);
        passes.setIssuedBy(config.passes().issuer());
        passes.setExpectedAudience(Set.of(PASS_AUDIENCE));
    }

    static final String PASS_AUDIENCE = "rln-workshop";

    /**
     * The verified caller, or an anonymous one when no token was sent; {@code workshop} is the one
     * workshop a pass token counts for ({@code null} for the suite's tokens).
     */
    public record Caller(String subject, Set<String> roles, String workshop) {
        public Caller(String subject, Set<String> roles) {
            this(subject, roles, null);
        }

        public boolean anonymous() {
            return subject == null;
        }

        /** A workshop pass (a browser in a workshop room): good for scenario-service only. */
        public boolean pass() {
            return workshop != null;
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
            boolean pass = issuedByPasses(raw);
            if (pass && passes == null) {
                throw new Refused(EdgeProblem.unauthorized("workshop passes are not accepted here"));
            }
            JsonWebToken token = pass ? parser.parse(raw, passes) : parser.parse(raw);
            // the identity is 'sub' alone: upn and preferred_username may be chosen by users at some issuers
            if (token.getSubject() == null || token.getSubject().isBlank()) {
                throw new Refused(EdgeProblem.unauthorized("the token carries no 'sub' claim"));
            }
            String workshop = pass ? String.valueOf(token.<Object>getClaim("wid")).replace("\"", "") : null;
            Caller caller = new Caller(token.getSubject(), Set.copyOf(token.getGroups()), workshop);
            if (token.getExpirationTime() > 0) {
                verified.put(raw, new Verified(caller, token.getExpirationTime()));
            }
            return caller;
        } catch (ParseException e) {
            throw new Refused(EdgeProblem.unauthorized(EdgeProblem.TOKEN_REQUIRED));
        }
    }

    /** Whether the token names the passes' issuer (its signature is then checked with their key). */
    private boolean issuedByPasses(String raw) {
        int first = raw.indexOf('.');
        int second = raw.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            return false;
        }
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(raw.substring(first + 1, second)));
            return config.passes().issuer().equals(payload.path("iss").asText(null));
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the caller may call the operation of {@code service}. */
    public void check(Caller caller, Route.Access access, String service) throws Refused {
        if (caller.pass() && !"scenario".equals(service)) {
            throw new Refused(EdgeProblem.unauthorized("a workshop pass counts in its workshop only"));
        }
        check(caller, access);
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
