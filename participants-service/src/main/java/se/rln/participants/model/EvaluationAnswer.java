package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One participant's answers to a day's evaluation. The respondent is kept only so that one
 * person answers once and their answers are erased with them; results never show it.
 */
@Entity
@Table(name = "evaluation_answer")
@IdClass(EvaluationAnswer.Key.class)
public class EvaluationAnswer {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    /** Question key to a number (1–5) or a text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> answers = new HashMap<>();

    /** The day only, not the time: a time could tell respondents apart. */
    @Column(name = "answered_on")
    public LocalDate answeredOn;

    /** Primary key of {@link EvaluationAnswer}. */
    public static class Key implements Serializable {
        public UUID eventId;
        public UUID participantId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(participantId, k.participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, participantId);
        }
    }
}
