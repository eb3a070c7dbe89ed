package se.rln.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void textPeopleTypeIsAccepted() {
        assertEquals(-1, PlainText.firstIllegal("Kompetensförsörjning\tår 2035\r\nÅsa 😀"));
        assertNull(PlainText.problem("Nära omsorg"));
    }

    @Test
    void controlCharactersNonCharactersAndLoneSurrogatesAreNamed() {
        assertEquals(3, PlainText.firstIllegal("abc\u0007"));
        assertEquals(0, PlainText.firstIllegal("\u0000"));
        assertEquals(1, PlainText.firstIllegal("a\uFFFE"));
        assertEquals(1, PlainText.firstIllegal("a\uD83D"));
        assertEquals(0, PlainText.firstIllegal("\uDE00a"));
        assertEquals("contains U+001B at position 2, a control or non-character that text may not hold",
                PlainText.problem("ab\u001B"));
    }

    @Test
    void strippingKeepsEverythingElse() {
        assertEquals("Scenariokorset 😀", PlainText.strip("Scen\u0001ario\u0000korset \uD83D\uDE00\uFFFF"));
        assertNull(PlainText.strip(null));
    }
}
