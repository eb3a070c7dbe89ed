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
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.MunicipalitySeats;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.repository.ParticipantRepository;
import se.rln.participants.repository.RegistrationChangeRepository;

/**
 * Writes registration changes, in the transaction that made them, to the outbox, the
 * municipality's change feed and the webhook deliveries.
 */
@ApplicationScoped
public class RegistrationJournal {

    public static final String TOPIC = "leadership.registrations.v1";

    @Inject
    Outbox outbox;

    @Inject
    RegistrationChangeRepository changes;

    @Inject
    Webhooks webhooks;

    @Inject
    ParticipantRepository participants;

    /**
     * Bumps the ledger version and records the change with the ledger's new state: on Kafka
     * (through the outbox) and in the municipality's change feed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventSeats event, Collection<MunicipalitySeats> rows, Registration registration,
            RegistrationEventType type) {
        event.ledgerVersion++;
        int attended = 0;
        int noShow = 0;
        int cancelled = 0;
        for (MunicipalitySeats r : rows) {
            attended += r.attended;
            noShow += r.noShow;
            cancelled += r.cancelled;
        }
        var byMunicipality = rows.stream().sorted(Comparator.comparing(r -> r.municipalityCode))
                .map(r -> new RegistrationChange.MunicipalityCount(r.municipalityCode, r.allotted, r.confirmed, r.waitlisted,
                        r.attended, r.noShow, r.cancelled))
                .toList();
        var seats = new RegistrationChange.Seats(event.capacity, event.confirmed, event.waitlisted, attended, noShow,
                cancelled, byMunicipality);
        outbox.publish(type, event.eventId,
                new RegistrationChange(event.eventId, event.ledgerVersion, registration.id, registration.participantId,
                        registration.municipalityCode, registration.status.name(), seats));
        String change = type.change();
        changes.append(registration.municipalityCode, event.eventId, registration.id, registration.participantId, change,
                registration.status.name(), registration.enrolmentId == null ? null : event.cohortId, registration.enrolmentId);
        notify(event, registration, type.type(), change);
    }

    /** Webhook deliveries of the change: to its event's subscribers, and with the HR id to its municipality's. */
    private void notify(EventSeats event, Registration registration, String type, String change) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        webhooks.enqueue("event:" + event.eventId, type, () -> webhooks.cloudEvent(id, type, registration.id.toString(),
                new RegistrationNotice(event.eventId, registration.id, registration.participantId, null,
                        registration.municipalityCode, change, registration.status.name(), now)));
        webhooks.enqueue("municipality:" + registration.municipalityCode, type, () -> {
            Participant person = participants.findById(registration.participantId);
            return webhooks.cloudEvent(id, type, registration.id.toString(), new RegistrationNotice(event.eventId,
                    registration.id, registration.participantId, person == null ? null : person.externalId,
                    registration.municipalityCode, change, registration.status.name(), now));
        });
    }
}
