package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import se.rln.commons.database.TransactionCache;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.messaging.outbound.RegistrationEventType;
import se.rln.participants.messaging.outbound.RegistrationJournal;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.MunicipalitySeats;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.MunicipalitySeatsRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * Seat decisions of events. Everything here runs under the event's ledger lock (see
 * {@link #lock}), so the counts and the decisions made from them are exact however many
 * requests and instances race: the capacity guard lives in the database.
 */
@ApplicationScoped
public class SeatLedger {

    @Inject
    EventSeatsRepository events;

    @Inject
    MunicipalitySeatsRepository municipalitySeats;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationJournal journal;

    @Inject
    EntityManager em;

    /** An event's ledger, locked until the transaction ends. */
    public record Locked(EventSeats event, Map<String, MunicipalitySeats> rows) {
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    TransactionCache transactionCache;

    /**
     * Waitlist positions this transaction took ahead, smallest first, and how many more placements
     * it expects: a batch of registrations takes the positions it may need in one query, not one
     * each. Taken under the ledger's lock, they are greater than any position of the event before,
     * and given out in placement order, so the waitlist's order is the order of arrival.
     */
    private static final class Positions {
        int expected = 1;
        final Deque<Long> ahead = new ArrayDeque<>();
    }

    /**
     * This transaction is about to place up to {@code placements} registrations on the event (a
     * group commit's batch). Each event takes its own positions, under its own lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expect(UUID eventId, int placements) {
        positions(eventId).expected = Math.max(1, placements);
    }

    private Positions positions(UUID eventId) {
        return transactionCache.get("waitlist-positions:" + eventId, Positions.class, k -> new Positions());
    }

    private long nextWaitlistPosition(Positions positions) {
        if (positions.ahead.isEmpty()) {
            positions.ahead.addAll(registrations.nextWaitlistPositions(positions.expected));
        }
        return positions.ahead.poll();
    }

    /**
     * Locks the event's ledger until the transaction ends; a transaction that holds it already
     * (the registrations of one group commit) gets the same ledger again without asking the
     * database.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lock(UUID eventId) {
        Locked held = (Locked) transactions.getResource(ledgerKey(eventId));
        if (held != null) {
            return held;
        }
        EventSeats event = events.lock(eventId).orElseThrow(() -> ProblemException.notFound("event", eventId));
        return hold(event, municipalitySeats.ofEvent(eventId));
    }

    /**
     * Locks the ledgers of several events at once, in the order of their ids (as a group commit's
     * batch takes its events, and erasure), with their municipalities' seats read in one query:
     * a batch of registrations spread over many events asks the database twice, not twice per
     * event. {@link #lock} then answers each from the transaction. An event without a replica is
     * left for {@link #lock} to refuse.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<UUID> eventIds) {
        List<UUID> wanted = eventIds.stream().distinct().filter(id -> transactions.getResource(ledgerKey(id)) == null).toList();
        if (wanted.size() < 2) {
            return; // one is locked by lock() as it always was
        }
        List<EventSeats> locked = events.lockAll(wanted);
        // read after the locks: they change only under them
        Map<UUID, List<MunicipalitySeats>> rows = municipalitySeats.ofEvents(wanted).stream()
                .collect(Collectors.groupingBy(r -> r.eventId));
        locked.forEach(event -> hold(event, rows.getOrDefault(event.eventId, List.of())));
    }

    /** The locked ledger of an event with its municipalities' seats, kept for the rest of the transaction. */
    private Locked hold(EventSeats event, List<MunicipalitySeats> municipalities) {
        Map<String, MunicipalitySeats> rows = new LinkedHashMap<>();
        municipalities.forEach(r -> rows.put(r.municipalityCode, r));
        Locked locked = new Locked(event, rows);
        transactions.putResource(ledgerKey(event.eventId), locked);
        return locked;
    }

    private static String ledgerKey(UUID eventId) {
        return "seat-ledger:" + eventId;
    }

    /**
     * Gives a new registration a seat if the rules allow, otherwise the next place in the waitlist.
     *
     * @return its place in the waitlist (1 is next), null when it got a seat. A new waitlisted
     *         registration has the event's highest position, so its place is the ledger's count of
     *         the waitlisted, with no query over the waitlist.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Long place(Locked ledger, Registration r) {
        if (ledger.event().cohortId != null) {
            throw ProblemException.conflict("cohort-day", "event " + ledger.event().eventId + " is a day of cohort "
                    + ledger.event().cohortId + ": people are enrolled in the cohort (POST /api/v1/cohorts/"
                    + ledger.event().cohortId + "/enrolments), which registers them on every coming day");
        }
        MunicipalitySeats row = row(ledger, r.municipalityCode);
        Positions positions = positions(ledger.event().eventId);
        if (SeatRules.canConfirm(ledger.event().capacity, ledger.event().confirmed, ledger.rows().values(), r.municipalityCode)) {
            r.status = RegistrationStatus.CONFIRMED;
            ledger.event().confirmed++;
            row.confirmed++;
        } else {
            r.status = RegistrationStatus.WAITLISTED;
            r.waitlistPosition = nextWaitlistPosition(positions);
            ledger.event().waitlisted++;
            row.waitlisted++;
        }
        positions.expected = Math.max(1, positions.expected - 1);
        r.statusChangedAt = now();
        registrations.persist(r);
        journal.record(ledger.event(), ledger.rows().values(), r,
                r.status == RegistrationStatus.CONFIRMED ? RegistrationEventType.CONFIRMED : RegistrationEventType.WAITLISTED);
        return r.status == RegistrationStatus.WAITLISTED ? Long.valueOf(ledger.event().waitlisted) : null;
    }

    /**
     * A day of a cohort: gives a new registration the status its enrolment has (the cohort's
     * ledger decided it; the day has the cohort's seats), a waitlisted one at the enrolment's place.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mirror(Locked ledger, Registration r, RegistrationStatus status, Long waitlistPosition) {
        MunicipalitySeats row = row(ledger, r.municipalityCode);
        r.status = status;
        if (status == RegistrationStatus.CONFIRMED) {
            ledger.event().confirmed++;
            row.confirmed++;
        } else {
            r.waitlistPosition = waitlistPosition;
            ledger.event().waitlisted++;
            row.waitlisted++;
        }
        r.statusChangedAt = now();
        registrations.persist(r);
        journal.record(ledger.event(), ledger.rows().values(), r,
                status == RegistrationStatus.CONFIRMED ? RegistrationEventType.CONFIRMED : RegistrationEventType.WAITLISTED);
    }

    /** A day of a cohort: a waitlisted registration gets the seat its enrolment was promoted to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promoteMirror(Locked ledger, Registration r) {
        seat(ledger, r);
    }

    /** Cancels a live registration; a freed seat goes to the waitlist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Locked ledger, Registration r, Cancellation by) {
        if (release(ledger, r, by)) {
            promote(ledger);
        }
    }

    /**
     * Cancels a live registration without promoting anyone yet, for callers that cancel many
     * (a roster sync, a cancelled event) and promote once afterwards, or not at all.
     *
     * @return whether a confirmed seat was freed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean release(Locked ledger, Registration r, Cancellation by) {
        MunicipalitySeats row = row(ledger, r.municipalityCode);
        boolean freedSeat = r.status == RegistrationStatus.CONFIRMED;
        if (freedSeat) {
            ledger.event().confirmed--;
            row.confirmed--;
        } else {
            ledger.event().waitlisted--;
            row.waitlisted--;
        }
        row.cancelled++;
        r.status = RegistrationStatus.CANCELLED;
        r.cancelledBy = by;
        r.waitlistPosition = null;
        r.statusChangedAt = now();
        journal.record(ledger.event(), ledger.rows().values(), r, RegistrationEventType.CANCELLED);
        return freedSeat;
    }

    /**
     * Promotes waitlisted registrations in waitlist order while seats are free. Someone whose
     * municipality cannot use the free seat (it is reserved for another) keeps their place.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int promote(Locked ledger) {
        if (ledger.event().cohortId != null) {
            return 0; // a cohort's days are promoted with their enrolments, on every day at once
        }
        em.flush(); // the waitlist query must see this transaction's cancellations, whatever the flush mode
        int promoted = 0;
        for (Registration r : registrations.waitlist(ledger.event().eventId)) {
            if (ledger.event().confirmed >= ledger.event().capacity) {
                break;
            }
            if (!SeatRules.canConfirm(ledger.event().capacity, ledger.event().confirmed, ledger.rows().values(),
                    r.municipalityCode)) {
                continue;
            }
            seat(ledger, r);
            promoted++;
        }
        return promoted;
    }

    private void seat(Locked ledger, Registration r) {
        MunicipalitySeats row = row(ledger, r.municipalityCode);
        row.waitlisted--;
        row.confirmed++;
        ledger.event().waitlisted--;
        ledger.event().confirmed++;
        r.status = RegistrationStatus.CONFIRMED;
        r.waitlistPosition = null;
        r.statusChangedAt = now();
        journal.record(ledger.event(), ledger.rows().values(), r, RegistrationEventType.PROMOTED);
    }

    /**
     * After a cut of capacity or allotments: decides the seats again in the order they were
     * given, and moves those who no longer get one (the most recently confirmed, allotments
     * considered) to the head of the waitlist, in that same order.
     *
     * @return how many lost their seats
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int demoteUnseated(Locked ledger) {
        if (ledger.event().cohortId != null) {
            return 0; // a cohort's seats are decided by its own ledger
        }
        em.flush();
        Map<String, MunicipalitySeats> tally = new LinkedHashMap<>();
        ledger.rows().values().forEach(row -> {
            MunicipalitySeats copy = new MunicipalitySeats();
            copy.municipalityCode = row.municipalityCode;
            copy.allotted = row.allotted;
            tally.put(row.municipalityCode, copy);
        });
        int seated = 0;
        List<Registration> unseated = new ArrayList<>();
        for (Registration r : registrations.confirmedInSeatOrder(ledger.event().eventId)) {
            if (SeatRules.canConfirm(ledger.event().capacity, seated, tally.values(), r.municipalityCode)) {
                seated++;
                tally.get(r.municipalityCode).confirmed++;
            } else {
                unseated.add(r);
            }
        }
        // ahead of the waitlist's head; into an empty waitlist, each its own position from the sequence, so that no
        // later registration can draw a position among theirs
        List<Long> places = registrations.waitlist(ledger.event().eventId).stream().findFirst()
                .map(head -> LongStream.range(head.waitlistPosition - unseated.size(), head.waitlistPosition).boxed().toList())
                .orElseGet(() -> unseated.isEmpty() ? List.of() : registrations.nextWaitlistPositions(unseated.size()));
        for (int i = 0; i < unseated.size(); i++) {
            Registration r = unseated.get(i);
            MunicipalitySeats row = row(ledger, r.municipalityCode);
            row.confirmed--;
            row.waitlisted++;
            ledger.event().confirmed--;
            ledger.event().waitlisted++;
            r.status = RegistrationStatus.WAITLISTED;
            r.waitlistPosition = places.get(i);
            r.statusChangedAt = now();
            journal.record(ledger.event(), ledger.rows().values(), r, RegistrationEventType.DEMOTED);
        }
        return unseated.size();
    }

    MunicipalitySeats row(Locked ledger, String municipality) {
        return ledger.rows().computeIfAbsent(municipality, code -> {
            MunicipalitySeats row = new MunicipalitySeats();
            row.eventId = ledger.event().eventId;
            row.municipalityCode = code;
            municipalitySeats.persist(row);
            return row;
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
