package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Merge the driver in the path into {@code into}, as a duplicate of it. */
@Schema(name = "DriverMerge")
public record MergeRequest(@NotNull UUID into) {
}
