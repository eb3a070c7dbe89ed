package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The evaluation of one day (event): its questions, open from the organisers' opening until it closes. */
@Entity
public class Evaluation {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Question> questions = new ArrayList<>();

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    /** When answers stop being taken; null: open until the organisers close it. */
    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    @Version
    public long version;

    public boolean open(OffsetDateTime now) {
        return closesAt == null || now.isBefore(closesAt);
    }
}
