package se.rln.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;

class PageRequestTest {

    private static final UUID ID = UUID.fromString("8d1f7a52-3c55-4a4e-9a39-6c1d2b0e7f10");

    @Test
    void aCursorRoundTripsItsTypedPositionIncludingSwedishText() {
        String text = new Cursor<>("Höör – Östra Göinge", ID).encode(SortKey.TEXT);
        PageRequest<String> page = PageRequest.of(text, 5, SortKey.TEXT);
        assertEquals(new Cursor<>("Höör – Östra Göinge", ID), page.after());
        assertEquals(5, page.limit());
        OffsetDateTime start = OffsetDateTime.parse("2027-03-12T09:00:00.123456+01:00");
        assertEquals(new Cursor<>(start, ID), PageRequest.of(new Cursor<>(start, ID).encode(SortKey.TIME), 5, SortKey.TIME).after());
    }

    @Test
    void aPageCutsTheExtraRowAndPointsAtTheLastItem() {
        PageRequest<String> request = PageRequest.first(2, SortKey.TEXT);
        Function<String, Cursor<String>> position = s -> new Cursor<>(s, ID);
        Page<String> page = request.page(List.of("a", "b", "c"), Function.identity(), position);
        assertEquals(List.of("a", "b"), page.items());
        assertEquals("b", PageRequest.of(page.nextCursor(), 2, SortKey.TEXT).after().value());
        assertNull(request.page(List.of("a", "b"), Function.identity(), position).nextCursor());
    }

    @Test
    void badLimitsAndForeignCursorsAreNamedProblems() {
        ProblemException limit = assertThrows(ProblemException.class, () -> PageRequest.of(null, 101, SortKey.TEXT));
        assertEquals("limit", limit.violations().get(0).field());
        for (String foreign : List.of("%%%", raw("only-one-part"), raw("Höör\u001fnot-a-uuid"),
                raw("2027-13-45T99:00Z\u001f" + ID), raw("\u001f" + ID + "\u001f"))) {
            ProblemException cursor = assertThrows(ProblemException.class, () -> PageRequest.of(foreign, 10, SortKey.TIME),
                    foreign);
            assertEquals(400, cursor.status());
            assertEquals("cursor", cursor.violations().get(0).field());
            assertEquals("is not a cursor this list issued", cursor.violations().get(0).message());
        }
        // a text list's cursor is not a time list's
        String byName = new Cursor<>("Lund", ID).encode(SortKey.TEXT);
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(byName, 10, SortKey.TIME)).status());
    }

    private static String raw(String decoded) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
    }
}
