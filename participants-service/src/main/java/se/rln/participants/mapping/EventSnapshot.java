package se.rln.participants.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.rln.participants.model.EventStatus;

/** The part of events-service's event snapshot (data of {@code leadership.events.v1}) this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventSnapshot(
        UUID id,
        long version,
        String title,
        EventStatus status,
        UUID hostOrganisationId,
        List<UUID> coHostOrganisationIds,
        UUID programmeId,
        UUID cohortId,
        String regionCode,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        int capacity,
        List<Allotment> seatAllotments,
        String overbookingPolicy,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt) {

    /** Whether confirmed seats above a cut capacity or allotments go back to the waitlist, newest first. */
    public boolean waitlistsNewest() {
        return "WAITLIST_NEWEST".equals(overbookingPolicy);
    }

    /** Seats reserved for a municipality. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Allotment(String municipalityCode, int seats) {

        /** Seats by municipality code; none for a null list. */
        public static java.util.Map<String, Integer> byCode(List<Allotment> allotments) {
            java.util.Map<String, Integer> seats = new java.util.HashMap<>();
            if (allotments != null) {
                allotments.forEach(a -> seats.put(a.municipalityCode(), a.seats()));
            }
            return seats;
        }
    }
}
