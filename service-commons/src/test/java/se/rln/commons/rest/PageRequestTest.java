package se.rln.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;

class PageRequestTest {

    @Test
    void aCursorRoundTripsItsKeyIncludingSwedishText() {
        String cursor = PageRequest.cursorOf("Höör – Östra Göinge", "42");
        PageRequest page = PageRequest.of(cursor, 5, 2);
        assertEquals("Höör – Östra Göinge", page.after(0));
        assertEquals("42", page.after(1));
        assertEquals(5, page.limit());
    }

    @Test
    void aPageCutsTheExtraRowAndPointsAtTheLastItem() {
        PageRequest request = PageRequest.of(null, 2, 1);
        Page<String> page = request.page(List.of("a", "b", "c"), Function.identity(), s -> new String[] { s });
        assertEquals(List.of("a", "b"), page.items());
        assertEquals("b", PageRequest.of(page.nextCursor(), 2, 1).after(0));
        assertNull(request.page(List.of("a", "b"), Function.identity(), s -> new String[] { s }).nextCursor());
    }

    @Test
    void badLimitsAndForeignCursorsAreNamedProblems() {
        ProblemException limit = assertThrows(ProblemException.class, () -> PageRequest.of(null, 101, 2));
        assertEquals("limit", limit.violations().get(0).field());
        ProblemException cursor = assertThrows(ProblemException.class, () -> PageRequest.of("%%%", 10, 2));
        assertEquals("cursor", cursor.violations().get(0).field());
        String wrongShape = PageRequest.cursorOf("only-one-part");
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(wrongShape, 10, 2)).status());
    }
}
