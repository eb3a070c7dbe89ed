package se.rln.scenario.service;

import jakarta.annotation.Priority;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * Bearer tokens as this service verifies them: the suite's (its identity provider's key, issuer
 * and audience), or, when a token names the workshop passes' issuer, as a pass token with this
 * service's own key. A token is verified one way only, chosen by its issuer, so neither key can
 * sign for the other.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class PassPrincipals extends DefaultJWTCallerPrincipalFactory {

    @Inject
    PassTokens passes;

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo suite) throws ParseException {
        return super.parse(token, passes.issuedHere(token) ? passes.context(suite) : suite);
    }
}
