package se.rln.participants.messaging.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.rln.commons.outbox.EventKind;
import se.rln.commons.outbox.Outbox;
import se.rln.participants.model.Participant;

/** Tells the other services about people, through the outbox: so far only that someone was erased. */
@ApplicationScoped
public class ParticipantJournal {

    public static final String TOPIC = "leadership.participants.v1";

    /** The CloudEvent types of {@code leadership.participants.v1}. */
    public enum Type implements EventKind {
        /** Someone was erased; carries {@link Erased}. */
        ERASED;

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String aggregateType() {
            return "participant";
        }

        @Override
        public String type() {
            return EventKind.typeOf("participant", this);
        }
    }

    /** Why a person was erased. */
    public enum Reason {
        /** The person, their municipality or an administrator asked for it. */
        REQUEST,
        /** No activity within the retention period. */
        RETENTION
    }

    /** The data of {@code participant.erased}: ids only, never the erased name. */
    public record Erased(UUID participantId, String municipalityCode, OffsetDateTime erasedAt, Reason reason) {
    }

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(Participant p, Reason reason) {
        outbox.publish(Type.ERASED, p.id,
                new Erased(p.id, p.municipalityCode, p.erasedAt, reason));
    }
}
