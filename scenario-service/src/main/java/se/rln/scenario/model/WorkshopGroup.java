package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A table of people working one cross: focal question, drivers, axes, scenarios, strategies. */
@Entity
@Table(name = "workshop_group")
public class WorkshopGroup {

    @Id
    public UUID id;

    @Column(name = "workshop_id")
    public UUID workshopId;

    public String name;

    public int position;

    @Column(name = "focal_question")
    public String focalQuestion;

    /** The time horizon of the question, e.g. "2035". */
    public String horizon;

    @Column(name = "horizontal_driver_id")
    public UUID horizontalDriverId;

    @Column(name = "horizontal_low_pole")
    public String horizontalLowPole;

    @Column(name = "horizontal_high_pole")
    public String horizontalHighPole;

    @Column(name = "vertical_driver_id")
    public UUID verticalDriverId;

    @Column(name = "vertical_low_pole")
    public String verticalLowPole;

    @Column(name = "vertical_high_pole")
    public String verticalHighPole;

    @Column(name = "votes_revealed")
    public boolean votesRevealed;

    @Version
    public long version;

    public boolean hasAxes() {
        return horizontalDriverId != null && verticalDriverId != null;
    }
}
