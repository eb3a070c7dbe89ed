package se.rln.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;

class ETagsTest {

    @Test
    void strongWeakAndBareTagsAreRead() {
        assertEquals(3, ETags.requiredVersion("\"3\""));
        assertEquals(3, ETags.requiredVersion("W/\"3\""));
        assertEquals(3, ETags.requiredVersion(" 3 "));
        assertNull(ETags.optionalVersion(null));
    }

    @Test
    void missingMalformedAndStaleTagsHaveTheirOwnStatus() {
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requiredVersion(" ")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> ETags.requiredVersion("\"abc\"")).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.check(2L, 3)).status());
        ETags.check(null, 3);
        ETags.check(3L, 3);
    }
}
