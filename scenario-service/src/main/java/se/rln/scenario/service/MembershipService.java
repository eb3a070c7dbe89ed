package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.rln.commons.database.TransactionCache;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.scenario.mapping.DisplayNameRequest;
import se.rln.scenario.mapping.MemberRequest;
import se.rln.scenario.mapping.MemberView;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.AttendeeRepository;
import se.rln.scenario.repository.EventReplicaRepository;
import se.rln.scenario.repository.GroupRepository;
import se.rln.scenario.repository.MemberRepository;
import se.rln.scenario.repository.WorkshopRepository;

/**
 * Who is in a workshop. For a workshop of an event, everyone holding a seat (confirmed, or
 * attended) is a member, kept in step with {@code leadership.registrations.v1}; a cancelled
 * registration makes them inactive (their contributions stay). Facilitators may add people
 * by hand. Names are only what people choose to show, and go when a person is erased.
 */
@ApplicationScoped
public class MembershipService {

    private static final Set<String> SEATED = Set.of("CONFIRMED", "ATTENDED");

    @Inject
    MemberRepository members;

    @Inject
    AttendeeRepository attendees;

    @Inject
    GroupRepository groups;

    @Inject
    WorkshopRepository workshops;

    @Inject
    EventReplicaRepository events;

    @Inject
    WorkshopContext context;

    @Inject
    WorkshopAccess access;

    @Inject
    WorkshopViews mapper;

    @Inject
    Caller caller;

    @Inject
    TransactionCache cache;


    /** Seats the event's current attendees in a new workshop of that event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seatAttendees(Workshop w) {
        members.seatAttendees(w.id, w.eventId);
    }

    /**
     * A registration changed (from Kafka): records the attendee and keeps the members of the
     * event's workshops in step. Older ledger versions are ignored. The event's row is locked and
     * its workshops read once per transaction (a batch of records is one); for an event without
     * workshops, which is most of them, the attendee row goes with the transaction's batch at
     * commit instead of a round trip of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registrationChanged(UUID eventId, UUID participantId, String municipality, String status, long version) {
        List<Workshop> ofEvent = cache.get("workshops-of-locked-event", eventId, id -> {
            events.lock(id);
            return workshops.ofEvent(id);
        });
        if (ofEvent.isEmpty()) {
            attendees.recordAtCommit(eventId, participantId, municipality, status, version);
            return;
        }
        int changed = attendees.record(eventId, participantId, municipality, status, version);
        if (changed == 0) {
            return;
        }
        boolean seated = SEATED.contains(status);
        for (Workshop w : ofEvent) {
            Member m = members.of(w.id, participantId).orElse(null);
            if (m == null && seated) {
                m = new Member();
                m.id = UUID.randomUUID();
                m.workshopId = w.id;
                m.participantId = participantId;
                m.municipalityCode = municipality;
                m.active = true;
                members.persist(m);
            } else if (m != null) {
                m.active = seated;
            }
        }
    }

    /** A person was erased: their display name goes everywhere; what they contributed stays, anonymous. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID participantId) {
        members.forgetName(participantId);
    }

    @Transactional
    public MemberView add(UUID workshopId, MemberRequest request) {
        Workshop w = context.facilitate(workshopId, "adding members", Phase.SETUP, Phase.FOCAL_QUESTION, Phase.DRIVERS, Phase.RATING,
                Phase.AXES, Phase.SCENARIOS, Phase.STRATEGIES);
        if (request.groupId() != null) {
            WorkshopGroup g = groups.findById(request.groupId());
            if (g == null || !g.workshopId.equals(w.id)) {
                throw ProblemException.invalid("groupId", "no group " + request.groupId() + " in this workshop");
            }
        }
        Member m = members.of(w.id, request.participantId()).orElse(null);
        if (m == null) {
            m = new Member();
            m.id = UUID.randomUUID();
            m.workshopId = w.id;
            m.participantId = request.participantId();
            members.persist(m);
        }
        m.active = true;
        if (request.municipalityCode() != null) {
            m.municipalityCode = request.municipalityCode();
        }
        if (request.displayName() != null) {
            m.displayName = request.displayName().strip();
        }
        if (request.groupId() != null) {
            m.groupId = request.groupId();
        }
        return mapper.view(m);
    }

    @Transactional
    public List<MemberView> list(UUID workshopId) {
        Workshop w = context.read(workshopId);
        return members.ofWorkshop(w.id).stream().map(mapper::view).toList();
    }

    /** A participant sets the name the room sees. */
    @Transactional
    public MemberView rename(UUID workshopId, DisplayNameRequest request) {
        Workshop w = context.read(workshopId);
        Member m = access.member(w).orElseThrow(() -> ProblemException.forbidden("only members of the workshop have a name here"));
        m.displayName = request.displayName().strip();
        return mapper.view(m);
    }
}
