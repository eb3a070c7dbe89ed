package se.rln.participants.messaging.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;
import se.rln.commons.outbox.Outbox;
import se.rln.commons.webhooks.Webhooks;
import se.rln.participants.model.CohortMunicipalitySeats;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.Participant;
import se.rln.participants.repository.ParticipantRepository;
import se.rln.participants.repository.RegistrationChangeRepository;

/** Writes enrolment changes, in the transaction that made them, to the outbox, the municipality's change feed and its webhook deliveries. */
@ApplicationScoped
public class EnrolmentJournal {

    @Inject
    Outbox outbox;

    @Inject
    RegistrationChangeRepository changes;

    @Inject
    Webhooks webhooks;

    @Inject
    ParticipantRepository participants;

    /** Bumps the cohort ledger's version and records the change with the ledger's new state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CohortSeats cohort, Collection<CohortMunicipalitySeats> rows, Enrolment e, EnrolmentEventType type) {
        cohort.ledgerVersion++;
        var byMunicipality = rows.stream().sorted(Comparator.comparing(r -> r.municipalityCode))
                .map(r -> new EnrolmentChange.MunicipalityCount(r.municipalityCode, r.allotted, r.confirmed, r.waitlisted))
                .toList();
        outbox.publish(type, cohort.cohortId, new EnrolmentChange(cohort.cohortId, cohort.programmeId, cohort.ledgerVersion,
                e.id, e.participantId, e.municipalityCode, e.status.name(), e.movedTo,
                new EnrolmentChange.Seats(cohort.capacity, cohort.confirmed, cohort.waitlisted, byMunicipality)));
        String change = type.type().replace('.', '-');
        changes.append(e.municipalityCode, null, null, e.participantId, change, e.status.name(), cohort.cohortId, e.id);
        // to the person's municipality's subscriptions (an event's subscribers hear each day's registrations)
        webhooks.enqueue("municipality:" + e.municipalityCode, type.type(), () -> {
            Participant person = participants.findById(e.participantId);
            return webhooks.cloudEvent(UUID.randomUUID().toString(), type.type(), e.id.toString(), new EnrolmentNotice(
                    cohort.cohortId, cohort.programmeId, e.id, e.participantId, person == null ? null : person.externalId,
                    e.municipalityCode, change, e.status.name(), e.movedTo, OffsetDateTime.now(ZoneOffset.UTC)));
        });
    }
}
