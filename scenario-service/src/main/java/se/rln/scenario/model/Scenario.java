package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the four futures of a group's cross. */
@Entity
public class Scenario {

    @Id
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    @Enumerated(EnumType.STRING)
    public Quadrant quadrant;

    @Column(name = "horizontal_pole")
    public String horizontalPole;

    @Column(name = "vertical_pole")
    public String verticalPole;

    public String name;

    public String narrative;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> implications = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "early_indicators")
    public List<String> earlyIndicators = new ArrayList<>();

    @Version
    public long version;
}
