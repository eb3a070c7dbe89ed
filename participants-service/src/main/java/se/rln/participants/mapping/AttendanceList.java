package se.rln.participants.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Attendance of many registrations of one event, recorded together after the day. */
@Schema(name = "AttendanceList")
public record AttendanceList(@NotNull @Size(max = 10000) List<@Valid @NotNull Entry> records) {

    /** One registration and whether the person came. */
    public record Entry(@NotNull UUID registrationId, @NotNull Boolean attended) {
    }
}
