package se.rln.participants.rest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.service.RosterSheet;
import se.rln.participants.service.RosterSheetTest;

/** Rosters as the files municipal HR and Swedish Excel produce: Windows-1252 CSV and .xlsx workbooks. */
@QuarkusTest
class RosterFilesTest {

    private static final String PATH = "/api/v1/events/{id}/municipalities/1283/roster";

    @Test
    void excelsSemicolonCsvInWindows1252KeepsÅÄÖAndÉ() throws Exception {
        UUID event = publishedDay();
        String helsingborg = TestTokens.municipality("1283");
        byte[] csv = ("Extern id;Förnamn;Efternamn;E-post\r\n"
                + "S-1;Renée;Åström;renee@helsingborg.se\r\nS-2;Märta;Öhrn;marta@helsingborg.se\r\n")
                .getBytes(Charset.forName("windows-1252"));
        as(helsingborg).contentType("text/csv").body(csv).put(PATH, event).then().statusCode(200)
                .body("summary.added", equalTo(2));
        as(helsingborg).get(PATH, event).then().statusCode(200)
                .body("participant.givenName", containsInAnyOrder("Renée", "Märta"))
                .body("participant.familyName", containsInAnyOrder("Åström", "Öhrn"));
        as(helsingborg).contentType("text/csv").body(csv).put(PATH, event).then().statusCode(200)
                .body("summary.unchanged", equalTo(2)).body("summary.added", equalTo(0));
    }

    @Test
    void anXlsxWorkbookSyncsLikeItsCsvAndAgainChangesNothing() throws Exception {
        UUID event = publishedDay();
        String helsingborg = TestTokens.municipality("1283");
        byte[] xlsx = RosterSheetTest.workbook(List.of(List.of("externalId", "givenName", "familyName", "email", "managerLevel"),
                List.of(1001, "Åke", "Ängström", "ake@helsingborg.se", "FIRST_LINE"),
                List.of(1002, "Élise", "Nyström", "elise@helsingborg.se", "MIDDLE")));
        as(helsingborg).contentType(RosterSheet.MEDIA_TYPE).body(xlsx).put(PATH, event).then().statusCode(200)
                .body("summary.added", equalTo(2)).body("rows[0].externalId", equalTo("1001"));
        as(helsingborg).contentType(RosterSheet.MEDIA_TYPE).body(xlsx).queryParam("dryRun", "true").put(PATH, event).then()
                .statusCode(200).body("summary.unchanged", equalTo(2));
        as(helsingborg).get(PATH, event).then().body("participant.givenName", containsInAnyOrder("Åke", "Élise"));

        as(TestTokens.municipality("1284")).contentType(RosterSheet.MEDIA_TYPE).body(xlsx).put(PATH, event).then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnreadableWorkbookIsA400NamingTheBody() throws Exception {
        UUID event = publishedDay();
        String helsingborg = TestTokens.municipality("1283");
        as(helsingborg).contentType(RosterSheet.MEDIA_TYPE).body("givenName;familyName;email\n".getBytes()).put(PATH, event)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("body"))
                .body("detail", startsWith("body: not a readable .xlsx workbook"));
        byte[] noEmail = RosterSheetTest.workbook(List.of(List.of("givenName", "familyName"), List.of("Åsa", "Öberg")));
        as(helsingborg).contentType(RosterSheet.MEDIA_TYPE).body(noEmail).put(PATH, event).then().statusCode(400)
                .body("detail", startsWith("body: the header row lacks the column email"));
        as(helsingborg).get(PATH, event).then().statusCode(200).body("size()", equalTo(0));
    }

    private static UUID publishedDay() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        EventsOnKafka.published(event, host, 20, Map.of(), TestTokens.coordinator(host));
        return event;
    }
}
