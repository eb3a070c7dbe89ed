package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.scenario.model.Member;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> of(UUID workshopId, UUID participantId) {
        return find("workshopId = ?1 and participantId = ?2", workshopId, participantId).firstResultOptional();
    }

    public List<Member> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by municipalityCode, participantId", workshopId);
    }

    /** How many take part in the workshop now. */
    public long countActive(UUID workshopId) {
        return count("workshopId = ?1 and active = true", workshopId);
    }

    /** Seats the event's confirmed and attending people (from the attendee table) in the new workshop. */
    public void seatAttendees(UUID workshopId, UUID eventId) {
        getEntityManager().createNativeQuery("""
                INSERT INTO member (id, workshop_id, participant_id, municipality_code, active)
                SELECT gen_random_uuid(), ?1, a.participant_id, a.municipality_code, true FROM attendee a
                WHERE a.event_id = ?2 AND a.status IN ('CONFIRMED', 'ATTENDED')
                ON CONFLICT (workshop_id, participant_id) DO NOTHING""").setParameter(1, workshopId).setParameter(2, eventId)
                .executeUpdate();
    }

    /** The person's chosen name goes from every workshop; what they contributed stays, anonymous. */
    public void forgetName(UUID participantId) {
        update("displayName = null where participantId = ?1", participantId);
    }

    public List<Member> ofGroup(UUID groupId) {
        return list("groupId = ?1 and active = true order by participantId", groupId);
    }
}
