package se.rln.events.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.Violation;
import se.rln.commons.reference.Municipalities;
import se.rln.events.mapping.EventRequest;
import se.rln.events.mapping.SeatAllotmentDto;
import se.rln.events.model.AgendaSession;

/** The event rules bean validation cannot express, on the Skåne day and its mistakes. */
class EventValidationTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2027-10-14T09:00:00+02:00");
    private static final OffsetDateTime FOUR = OffsetDateTime.parse("2027-10-14T16:00:00+02:00");
    private static final UUID SKANE = UUID.randomUUID();
    private static final UUID HALLAND = UUID.randomUUID();
    private static final UUID PROGRAMME = UUID.randomUUID();

    private final EventValidation rules = new EventValidation();

    EventValidationTest() {
        rules.municipalities = new Municipalities();
    }

    private static EventRequest day(String region, List<UUID> coHosts, UUID programme, OffsetDateTime starts,
            OffsetDateTime ends, int capacity, List<SeatAllotmentDto> seats, OffsetDateTime opens, OffsetDateTime closes) {
        return new EventRequest("Ledardag för socialchefer i Skåne", "Ledarskap i socialtjänsten", null, SKANE, coHosts,
                programme, region, null, starts, ends, capacity, seats, "Chefer inom socialtjänsten", opens, closes, null, null);
    }

    private List<Violation> violations(EventRequest request, List<AgendaSession> sessions) {
        return rules.violations(request, sessions, Set.of(SKANE, HALLAND)::contains, Set.of(PROGRAMME)::contains);
    }

    @Test
    void theSkaneDayWithTwoCoHostsAndItsSeatsPasses() {
        EventRequest request = day("12", List.of(HALLAND), PROGRAMME, NINE, FOUR, 60,
                List.of(new SeatAllotmentDto("1280", null, 6), new SeatAllotmentDto("1281", null, 4)),
                NINE.minusMonths(2), NINE.minusDays(7));
        assertEquals(List.of(), violations(request, List.of()));
    }

    @Test
    void everyBrokenRuleIsNamedInFieldOrder() {
        UUID stranger = UUID.randomUUID();
        EventRequest request = day("99", List.of(SKANE, HALLAND, HALLAND, stranger), UUID.randomUUID(), FOUR, NINE, 5,
                List.of(new SeatAllotmentDto("1280", null, 4), new SeatAllotmentDto("1280", null, 1),
                        new SeatAllotmentDto("0000", null, 1)),
                null, null);
        List<Violation> v = violations(request, List.of());
        assertEquals(List.of("endsAt", "regionCode", "coHostOrganisationIds[0]", "coHostOrganisationIds[2]",
                "coHostOrganisationIds[3]", "programmeId", "seatAllotments[1].municipalityCode",
                "seatAllotments[2].municipalityCode", "seatAllotments"), v.stream().map(Violation::field).toList());
        assertEquals("is the host", v.get(2).message());
        assertEquals("appears twice", v.get(3).message());
        assertEquals("no organisation " + stranger, v.get(4).message());
        assertEquals("allot 6 seats, more than the capacity 5", v.get(8).message());
    }

    @Test
    void theRegistrationWindowMustCloseAfterItOpensAndBeforeTheDayEnds() {
        List<Violation> v = violations(day("12", null, null, NINE, FOUR, 60, null, NINE.minusDays(1), NINE.minusDays(2)),
                List.of());
        assertEquals(List.of(new Violation("registrationClosesAt", "must be after registrationOpensAt")), v);
        v = violations(day("12", null, null, NINE, FOUR, 60, null, FOUR, FOUR.plusHours(1)), List.of());
        assertEquals(List.of(new Violation("registrationClosesAt", "must not be after endsAt"),
                new Violation("registrationOpensAt", "must be before endsAt")), v);
    }

    @Test
    void aShorterDayMayNotLeaveASessionOutside() {
        AgendaSession workshop = new AgendaSession();
        workshop.id = UUID.randomUUID();
        workshop.title = "Scenariokorset";
        workshop.startsAt = NINE.withHour(13);
        workshop.endsAt = NINE.withHour(15).withMinute(30);
        List<Violation> v = violations(day("12", null, null, NINE, NINE.withHour(12), 60, null, null, null), List.of(workshop));
        assertEquals(List.of(new Violation("startsAt", "session " + workshop.id + " (Scenariokorset) would lie outside the event")),
                v);
    }
}
