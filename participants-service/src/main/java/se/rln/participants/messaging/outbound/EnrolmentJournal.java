package se.rln.participants.messaging.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import se.rln.commons.outbox.Outbox;
import se.rln.participants.model.CohortMunicipalitySeats;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.repository.RegistrationChangeRepository;

/** Writes enrolment changes, in the transaction that made them, to the outbox and the municipality's change feed. */
@ApplicationScoped
public class EnrolmentJournal {

    @Inject
    Outbox outbox;

    @Inject
    RegistrationChangeRepository changes;

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
        changes.append(e.municipalityCode, null, null, e.participantId, type.type().replace('.', '-'), e.status.name(),
                cohort.cohortId, e.id);
    }
}
