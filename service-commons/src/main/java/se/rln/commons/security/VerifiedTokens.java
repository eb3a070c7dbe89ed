package se.rln.commons.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens this service has verified, each remembered for at most
 * {@value #REMEMBER_SECONDS} s and never past its expiry, so that a client sending the same token
 * request after request (an HR system's sync, a phone in a workshop) costs one RSA verification,
 * not one per request. A token that fails is never remembered; every request still carries its
 * token, and what the token says is read from the verified claims alone.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    /** At most how long a verified token is taken again without verifying it. */
    static final long REMEMBER_SECONDS = 60;

    /** A verified token, and until when (epoch seconds) it may be taken as it is. */
    private record Verified(JsonWebToken token, long until) {
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofSeconds(REMEMBER_SECONDS)).build();

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        long now = System.currentTimeMillis() / 1000;
        Verified known = verified.getIfPresent(bearerToken);
        if (known != null && now < known.until()) {
            return known.token();
        }
        JsonWebToken token = super.parse(bearerToken);
        long expires = token.getExpirationTime() > 0 ? token.getExpirationTime() : now;
        verified.put(bearerToken, new Verified(token, Math.min(expires, now + REMEMBER_SECONDS)));
        return token;
    }
}
