package se.rln.commons.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.rln.commons.fixture.NoteBook;

/** Batched journal rows commit and roll back with their transaction, however many there are. */
@QuarkusTest
class CommitBatchesTest {

    @Inject
    NoteBook book;

    @Test
    void tenThousandRowsCommitWithTheEntityTheTransactionWrote() {
        UUID id = UUID.randomUUID();
        int before = book.committed();
        List<String> lines = IntStream.range(0, 10_000).mapToObj(i -> "rad " + i + " – Skåne").toList();
        book.write(id, "Rosterns rader", lines, false);
        assertEquals(1, book.count("note", id));
        assertEquals(10_000, book.count("note_line", id));
        assertEquals(before + 1, book.committed(), "the after-commit action ran once");
    }

    @Test
    void aTransactionThatFailsLeavesNeitherItsRowsNorItsAfterCommitActions() {
        UUID id = UUID.randomUUID();
        int before = book.committed();
        assertThrows(IllegalStateException.class, () -> book.write(id, "Misslyckad", List.of("a", "b"), true));
        assertEquals(0, book.count("note", id));
        assertEquals(0, book.count("note_line", id));
        assertEquals(before, book.committed(), "no after-commit action after a rollback");
    }

    @Test
    void aBatchThatCannotBeWrittenRollsTheWholeTransactionBack() {
        UUID id = UUID.randomUUID();
        int before = book.committed();
        // two lines at the same position: the batch violates note_line's key just before the commit
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> book.write(id, "Dubbel rad", List.of("a", "b", "a"), false, 0));
        assertEquals(0, book.count("note", id), "the note went with its failed batch: " + failure);
        assertEquals(0, book.count("note_line", id));
        assertEquals(before, book.committed());
    }
}
