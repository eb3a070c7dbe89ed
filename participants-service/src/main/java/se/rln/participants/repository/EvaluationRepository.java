package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import se.rln.participants.model.Evaluation;
import se.rln.participants.model.EvaluationAnswer;

/** Evaluations of days and their answers. */
@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    public List<EvaluationAnswer> answersTo(UUID eventId) {
        return getEntityManager().createQuery("from EvaluationAnswer where eventId = ?1", EvaluationAnswer.class)
                .setParameter(1, eventId).getResultList();
    }

    public long countAnswers(UUID eventId) {
        return getEntityManager().createQuery("select count(a) from EvaluationAnswer a where a.eventId = ?1", Long.class)
                .setParameter(1, eventId).getSingleResult();
    }

    public boolean answered(UUID eventId, UUID participantId) {
        return getEntityManager().find(EvaluationAnswer.class, key(eventId, participantId)) != null;
    }

    public void persist(EvaluationAnswer answer) {
        getEntityManager().persist(answer);
    }

    /** The evaluations of the given days. */
    public List<Evaluation> of(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1", eventIds);
    }

    /** The person's own answers, for their data export. */
    public List<EvaluationAnswer> answersOf(UUID participantId) {
        return getEntityManager().createQuery("from EvaluationAnswer where participantId = ?1 order by answeredOn, eventId",
                EvaluationAnswer.class).setParameter(1, participantId).getResultList();
    }

    /** Erasure: the person's answers go with them. */
    public int forget(UUID participantId) {
        return getEntityManager().createQuery("delete from EvaluationAnswer where participantId = ?1")
                .setParameter(1, participantId).executeUpdate();
    }

    private static EvaluationAnswer.Key key(UUID eventId, UUID participantId) {
        EvaluationAnswer.Key k = new EvaluationAnswer.Key();
        k.eventId = eventId;
        k.participantId = participantId;
        return k;
    }
}
