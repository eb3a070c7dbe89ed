package se.rln.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item of an event's agenda: a talk, a dialogue, a scenario-cross workshop, a break. */
@Entity
@Table(name = "agenda_session")
public class AgendaSession {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    public String title;

    public String description;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public String room;

    @Column(name = "parallel_group")
    public String parallelGroup;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Speaker> speakers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dialogue_questions")
    public List<String> dialogueQuestions = new ArrayList<>();

    @Version
    public long version;
}
