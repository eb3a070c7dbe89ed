package se.rln.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;

/** What the services' token check (the JWT parser every request goes through) verifies once, and what it never takes. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void aTokenSentAgainIsTakenAsVerifiedAndAnotherIsVerifiedOnItsOwn() throws Exception {
        UUID organisation = UUID.randomUUID();
        String token = TestTokens.coordinator(organisation);
        JsonWebToken first = parser.parse(token);
        assertSame(first, parser.parse(token), "verified once, not once per request");
        assertEquals(organisation.toString(), first.<Object>getClaim("org").toString());
        JsonWebToken other = parser.parse(TestTokens.municipality("1280"));
        assertNotSame(first, other);
        assertEquals("1280", other.<Object>getClaim("municipality").toString());
    }

    @Test
    void aTokenThatFailsIsRefusedEveryTime() {
        String token = TestTokens.coordinator(UUID.randomUUID());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        for (String bad : new String[] { forged, TestTokens.expired(), TestTokens.otherAudience() }) {
            assertThrows(ParseException.class, () -> parser.parse(bad));
            assertThrows(ParseException.class, () -> parser.parse(bad), "a refusal is not remembered as anything");
        }
    }
}
