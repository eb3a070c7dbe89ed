package se.rln.events.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.events.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.rln.events.Fixtures;

/** The .ics output parses with ical4j and keeps å, ä and ö. */
@QuarkusTest
class EventCalendarTest {

    @Test
    void theEventCalendarParsesAndKeepsSwedishLetters() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID id = Fixtures.draftSkaneDay(o);
        as(o.hostToken()).body(Fixtures.skaneAgenda().get(0)).post("/api/v1/events/{id}/sessions", id).then().statusCode(201);
        as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200);

        String ics = given().get("/api/v1/events/{id}/calendar.ics", id).then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("Mobilisera för framtiden – ledarskapets betydelse", event.getSummary().getValue());
        assertEquals(id + "@events.rln", event.getUid().orElseThrow().getValue());
        assertEquals("2", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("Kommunförbundet Skåne, Gustav Adolfs torg 47, Lund", event.getLocation().getValue());
        assertEquals(true, event.getDescription().getValue().contains("Tillit och ledarskap"));
        ZonedDateTime start = event.<ZonedDateTime>getDateTimeStart().getDate();
        assertEquals(Fixtures.at(9, 0).toInstant(), start.toInstant());
        assertEquals("Europe/Stockholm", event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
    }

    @Test
    void aProgrammeCalendarHoldsItsVisibleEventsAndMarksCancellations() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        String programme = as(o.hostToken()).body(Map.of("title", "Ledarskap i Höör, Hörby och Älmhult",
                "ownerOrganisationId", o.host().toString())).post("/api/v1/programmes").then().statusCode(201)
                .extract().path("id");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> day = Fixtures.skaneDay(o.host(), o.coHost());
            day.put("programmeId", programme);
            day.put("title", "Seminariedag " + (i + 1) + " – grupp " + "ÅÄÖ".charAt(i));
            String id = Fixtures.createEvent(o.hostToken(), day).then().statusCode(201).extract().path("id");
            if (i < 2) {
                as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200);
            }
            if (i == 1) {
                as(o.hostToken()).body(Map.of("reason", "Sjukdom")).post("/api/v1/events/{id}/cancel", id).then()
                        .statusCode(200);
            }
        }
        String ics = given().get("/api/v1/programmes/{id}/calendar.ics", programme).then().statusCode(200)
                .extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertEquals(List.of("Seminariedag 1 – grupp Å", "Seminariedag 2 – grupp Ä"),
                events.stream().map(e -> e.getSummary().getValue()).sorted().toList(), "the draft stays hidden");
        assertEquals(List.of("CANCELLED", "CONFIRMED"),
                events.stream().map(e -> e.getProperty(Property.STATUS).orElseThrow().getValue()).sorted().toList());
        String organiserView = as(o.hostToken()).get("/api/v1/programmes/{id}/calendar.ics", programme).then()
                .statusCode(200).extract().asString();
        assertEquals(3, new CalendarBuilder().build(new StringReader(organiserView)).getComponents("VEVENT").size());
    }
}
