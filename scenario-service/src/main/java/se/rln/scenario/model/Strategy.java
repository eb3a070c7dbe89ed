package se.rln.scenario.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A strategy a group tests against its four scenarios. */
@Entity
public class Strategy {

    @Id
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    public String title;

    public String description;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "strategy_assessment", joinColumns = @JoinColumn(name = "strategy_id"))
    @MapKeyColumn(name = "quadrant")
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict")
    public Map<Quadrant, Verdict> assessments = new EnumMap<>(Quadrant.class);

    @Version
    public long version;

    /** In how many scenarios the strategy holds. */
    public int robustness() {
        return (int) assessments.values().stream().filter(v -> v == Verdict.HOLDS).count();
    }
}
