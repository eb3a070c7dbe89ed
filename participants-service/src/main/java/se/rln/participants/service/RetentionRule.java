package se.rln.participants.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.rln.participants.messaging.outbound.ParticipantJournal;
import se.rln.participants.repository.ParticipantRepository;

/**
 * The retention rule: a person with no activity (no change to them, no registration) for
 * {@code rln.retention.inactive-days} and no registration on an event that ended within that
 * period is erased, exactly as if they had asked. Each person in their own transaction;
 * several instances may run it at once (erasure is once per person).
 */
@ApplicationScoped
public class RetentionRule {

    private static final Logger LOG = Logger.getLogger(RetentionRule.class);
    private static final int BATCH = 200;

    @Inject
    ParticipantRepository participants;

    @Inject
    PersonalData personalData;

    @ConfigProperty(name = "rln.retention.inactive-days", defaultValue = "1095")
    int inactiveDays;

    @Scheduled(every = "${rln.retention.every:24h}", delayed = "${rln.retention.delayed:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int erased = apply();
        if (erased > 0) {
            LOG.infof("retention rule erased %d people without activity for %d days", erased, inactiveDays);
        }
    }

    /** Erases everyone the rule covers now; answers how many. */
    public int apply() {
        int erased = 0;
        List<UUID> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> participants.inactiveFor(inactiveDays, BATCH));
            for (UUID id : batch) {
                if (personalData.eraseOnce(id, ParticipantJournal.Reason.RETENTION)) {
                    erased++;
                }
            }
        } while (batch.size() == BATCH);
        return erased;
    }
}
