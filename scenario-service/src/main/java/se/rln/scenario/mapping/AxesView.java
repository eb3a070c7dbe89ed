package se.rln.scenario.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Axes")
public record AxesView(Axis horizontal, Axis vertical) {

    @Schema(name = "Axis", requiredProperties = { "driverId" })
    public record Axis(UUID driverId, String driverTitle, String lowPole, String highPole) {
    }
}
