package se.rln.participants.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.ChangeView;
import se.rln.participants.model.FeedPosition;
import se.rln.participants.repository.RegistrationChangeRepository;

/**
 * A municipality's feed of changes to its people's registrations (promotions, cancellations,
 * attendance), pulled with an opaque cursor. Changes are kept for a retention period; a cursor
 * from before it, or one this service never issued, answers 410 so the client resyncs.
 */
@ApplicationScoped
public class ChangeFeed {

    @Inject
    RegistrationChangeRepository changes;

    @Inject
    Caller caller;

    @ConfigProperty(name = "rln.change-feed.retention-days", defaultValue = "90")
    int retentionDays;

    @Transactional
    public ChangeView changes(String municipality, String cursor, int limit) {
        boolean own = caller.is(Roles.MUNICIPALITY) && caller.municipality().map(municipality::equals).orElse(false);
        if (!own && !caller.admin()) {
            throw ProblemException.forbidden("a municipality reads only its own change feed");
        }
        FeedPosition after = position(cursor);
        List<RegistrationChangeRepository.Entry> rows = changes.after(municipality, after, limit + 1);
        boolean more = rows.size() > limit;
        List<RegistrationChangeRepository.Entry> page = rows.subList(0, Math.min(limit, rows.size()));
        FeedPosition last = page.isEmpty() ? after : page.get(page.size() - 1).position();
        return new ChangeView(page.stream().map(ChangeFeed::change).toList(), last.cursor(), more);
    }

    /** Every change of one person still in the feed, oldest first (for their data export). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChangeView.Change> ofParticipant(UUID participantId) {
        return changes.ofParticipant(participantId).stream().map(ChangeFeed::change).toList();
    }

    private static ChangeView.Change change(RegistrationChangeRepository.Entry e) {
        return new ChangeView.Change(e.eventId(), e.registrationId(), e.participantId(), e.externalId(), e.change(), e.status(),
                Times.local(e.occurredAt()), e.cohortId(), e.enrolmentId());
    }

    /** Drops changes past the retention and moves the horizon, so older cursors expire. */
    @Scheduled(every = "6h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void forgetOldChanges() {
        changes.forgetOlderThan(retentionDays);
    }

    private FeedPosition position(String cursor) {
        RegistrationChangeRepository.Bounds bounds = changes.bounds();
        FeedPosition horizon = bounds.horizon();
        if (cursor == null || cursor.isBlank()) {
            return horizon;
        }
        FeedPosition p = FeedPosition.of(cursor).orElseThrow(() -> gone("this cursor was not issued by this feed"));
        if (p.compareTo(horizon) < 0) {
            throw gone("this cursor has expired");
        }
        if (!p.equals(horizon) && (p.tx() >= bounds.nextTx() || p.seq() > bounds.lastSeq())) {
            throw gone("this cursor was not issued by this feed");
        }
        return p;
    }

    private static ProblemException gone(String why) {
        return new ProblemException(410, "cursor-gone", "Cursor gone", why
                + "; resync: GET the roster of each event, then read the feed again without a cursor", null);
    }
}
