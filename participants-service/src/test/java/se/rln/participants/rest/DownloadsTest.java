package se.rln.participants.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.commons.testing.Api.as;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.mapping.Table;

/**
 * The lists coordinators and municipalities download: CSV that Swedish Excel opens as it is
 * (UTF-8 with BOM, semicolons) and .xlsx, for exactly the people the caller may see.
 */
@QuarkusTest
class DownloadsTest {

    private static final String MALMO = "1280";
    private static final String LUND = "1281";

    private record Day(UUID event, String coordinator) {
    }

    /** Three seats: Malmö's Åsa Öberg and Märta Ängström, Lund's Lars Ek; Malmö's Örjan Berg waits. */
    private static Day skaneDay() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 3, Map.of(), coordinator);
        register(event, MALMO, "M-1", "Åsa", "Öberg");
        register(event, MALMO, "M-2", "Märta", "Ängström");
        register(event, LUND, "L-1", "Lars", "Ek");
        register(event, MALMO, "M-3", "Örjan", "Berg");
        return new Day(event, coordinator);
    }

    private static void register(UUID event, String municipality, String externalId, String given, String family) {
        as(TestTokens.municipality(municipality)).body(EventsOnKafka.person(municipality, externalId, given, family))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201);
    }

    private static List<List<String>> csv(Response response) {
        byte[] body = response.asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(body, 3), "UTF-8 BOM first");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return Arrays.stream(text.split("\r\n")).map(line -> List.of(line.split(";", -1))).toList();
    }

    private static List<List<String>> sheet(Response response) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void aDownloadedRosterOpensInSwedishExcelAndSyncsBackUnchanged() throws Exception {
        Day day = skaneDay();
        String malmo = TestTokens.municipality(MALMO);
        String path = "/api/v1/events/{id}/municipalities/" + MALMO + "/roster";
        Response file = as(malmo).accept(Table.CSV).get(path, day.event());
        file.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"roster-1280-" + day.event() + ".csv\""));
        List<List<String>> rows = csv(file);
        assertEquals(List.of("externalId", "givenName", "familyName", "email", "title", "managerLevel", "status",
                "waitlistPlace", "registeredAt"), rows.get(0));
        assertEquals(List.of("M-1", "Åsa", "Öberg"), rows.get(1).subList(0, 3));
        assertEquals(List.of("CONFIRMED", ""), rows.get(1).subList(6, 8));
        assertEquals(List.of("M-3", "WAITLISTED", "1"), List.of(rows.get(3).get(0), rows.get(3).get(6), rows.get(3).get(7)));
        assertEquals(4, rows.size(), "a header and Malmö's three; Lund is not on Malmö's roster");

        // the same file back is the same list
        as(malmo).contentType("text/csv").body(file.asByteArray()).queryParam("dryRun", "true").put(path, day.event())
                .then().statusCode(200).body("summary.unchanged", equalTo(3)).body("summary.added", equalTo(0))
                .body("summary.cancelled", equalTo(0));

        Response workbook = as(malmo).accept(Table.XLSX).get(path, day.event());
        workbook.then().statusCode(200).contentType(Table.XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"roster-1280-" + day.event() + ".xlsx\""));
        List<List<String>> cells = sheet(workbook);
        assertEquals(rows.get(0), cells.get(0));
        assertEquals(List.of("M-2", "Märta", "Ängström"), cells.get(2).subList(0, 3));

        // JSON stays the default answer
        as(malmo).get(path, day.event()).then().statusCode(200).contentType(startsWith("application/json"))
                .body("participant.givenName", contains("Åsa", "Märta", "Örjan"));
        as(TestTokens.municipality(LUND)).accept(Table.CSV).get(path, day.event()).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void registrationsAndAttendanceAreWhatTheCallerMaySee() throws Exception {
        Day day = skaneDay();
        List<List<String>> all = csv(as(day.coordinator()).accept(Table.CSV)
                .get("/api/v1/events/{id}/registrations", day.event()).then().statusCode(200).extract().response());
        assertEquals(List.of("municipalityCode", "municipalityName", "externalId"), all.get(0).subList(0, 3));
        assertEquals(5, all.size());
        // the HR system's ids are the municipality's own: an organiser's file leaves them out
        assertEquals(List.of("1281", "Lund", "", "Lars", "Ek"), all.get(3).subList(0, 5));
        assertEquals(List.of("Berg", "WAITLISTED", "1"), List.of(all.get(4).get(4), all.get(4).get(8), all.get(4).get(9)));
        List<List<String>> lund = sheet(as(TestTokens.municipality(LUND)).accept(Table.XLSX)
                .get("/api/v1/events/{id}/registrations", day.event()).then().statusCode(200).extract().response());
        assertEquals(2, lund.size(), "Lund sees its own");
        assertEquals(List.of("1281", "Lund", "L-1"), lund.get(1).subList(0, 3));
        assertEquals("CONFIRMED", lund.get(1).get(8));
        as(TestTokens.coordinator(UUID.randomUUID())).accept(Table.CSV).get("/api/v1/events/{id}/registrations", day.event())
                .then().statusCode(403).contentType("application/problem+json");

        // the seated, by municipality and then in Swedish order: Berg is waitlisted, Ängström before Öberg
        as(day.coordinator()).get("/api/v1/events/{id}/attendance", day.event()).then().statusCode(200)
                .body("familyName", contains("Ängström", "Öberg", "Ek")).body("status[0]", equalTo("CONFIRMED"))
                .body("municipalityName", contains("Malmö", "Malmö", "Lund"));
        List<List<String>> malmo = csv(as(TestTokens.municipality(MALMO)).accept(Table.CSV)
                .get("/api/v1/events/{id}/attendance", day.event()).then().statusCode(200).extract().response());
        assertEquals(List.of(List.of("municipalityCode", "municipalityName", "givenName", "familyName", "title", "status"),
                List.of("1280", "Malmö", "Märta", "Ängström", "Enhetschef", "CONFIRMED"),
                List.of("1280", "Malmö", "Åsa", "Öberg", "Enhetschef", "CONFIRMED")), malmo);
        as(TestTokens.participant(UUID.randomUUID(), MALMO)).get("/api/v1/events/{id}/attendance", day.event()).then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theParticipationReportDownloadsLineByLine() throws Exception {
        Day day = skaneDay();
        List<List<String>> rows = csv(as(TestTokens.municipality(MALMO)).accept(Table.CSV)
                .get("/api/v1/reports/participation").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"participation.csv\"")).extract().response());
        assertEquals(List.of("eventTitle", "startsAt", "eventStatus", "municipalityCode", "municipalityName", "allotted",
                "confirmed", "waitlisted", "attended", "noShow", "cancelled"), rows.get(0));
        List<String> line = rows.stream().filter(r -> r.get(0).startsWith("Mobilisera")).filter(r -> r.size() > 6
                && r.get(6).equals("2") && r.get(7).equals("1")).findFirst().orElseThrow();
        assertEquals(List.of("Mobilisera för framtiden – ledarskapets betydelse", "PUBLISHED", "1280", "Malmö"),
                List.of(line.get(0), line.get(2), line.get(3), line.get(4)));
    }

    @Test
    void badFiltersAndUnknownFormatsAnswerProblemJson() throws Exception {
        Day day = skaneDay();
        as(day.coordinator()).accept(Table.CSV).queryParam("status", "ARRIVED")
                .get("/api/v1/events/{id}/registrations", day.event()).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        as(day.coordinator()).accept(Table.XLSX).queryParam("from", "yesterday").get("/api/v1/reports/participation")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        as(day.coordinator()).accept(Table.CSV).get("/api/v1/events/{id}/attendance", "not-an-id").then()
                .statusCode(404).contentType("application/problem+json");
        as(day.coordinator()).accept("application/pdf").get("/api/v1/events/{id}/attendance", day.event()).then()
                .statusCode(406).contentType("application/problem+json");
    }
}
