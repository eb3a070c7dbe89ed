package se.rln.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;

/** The edge verifies a token once and remembers it until it expires; a bad token is never remembered. */
class EdgeAuthTest {

    private final AtomicInteger verifications = new AtomicInteger();

    private EdgeAuth auth() {
        JWTAuthContextInfo context = new JWTAuthContextInfo("testing/jwt-public.pem", TestTokens.ISSUER);
        context.setExpectedAudience(Set.of(TestTokens.AUDIENCE));
        EdgeAuth auth = new EdgeAuth();
        auth.parser = new DefaultJWTParser(context) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                return super.parse(token);
            }
        };
        return auth;
    }

    @Test
    void aGoodTokenIsVerifiedOnceForManyCalls() throws Exception {
        EdgeAuth auth = auth();
        String hr = TestTokens.municipality("1280");
        for (int i = 0; i < 100; i++) {
            EdgeAuth.Caller caller = auth.caller("Bearer " + hr);
            assertEquals("municipality-1280", caller.subject());
            assertEquals(Set.of("municipality"), caller.roles());
        }
        assertEquals(1, verifications.get());
        auth.caller("Bearer " + TestTokens.coordinator(UUID.randomUUID()));
        assertEquals(2, verifications.get(), "another token is verified for itself");
    }

    @Test
    void aBadTokenIsRefusedEveryTimeAndNeverRemembered() {
        EdgeAuth auth = auth();
        String expired = TestTokens.expired();
        for (int i = 0; i < 3; i++) {
            EdgeAuth.Refused refused = assertThrows(EdgeAuth.Refused.class, () -> auth.caller("Bearer " + expired));
            assertEquals(401, refused.problem().status());
        }
        assertEquals(3, verifications.get());
        // one character of the signature changed (not its last, which carries padding bits)
        String admin = TestTokens.admin();
        int at = admin.length() - 20;
        String tampered = admin.substring(0, at) + (admin.charAt(at) == 'A' ? 'B' : 'A') + admin.substring(at + 1);
        assertThrows(EdgeAuth.Refused.class, () -> auth.caller("Bearer " + tampered));
        assertThrows(EdgeAuth.Refused.class, () -> auth.caller("Bearer " + tampered));
        assertEquals(5, verifications.get());
    }
}
