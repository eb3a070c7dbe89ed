package se.rln.events.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.ResourceLink;
import se.rln.events.model.SessionKind;
import se.rln.events.model.Speaker;

/**
 * Creates a cohort's days in one call: on the listed dates, or by a rule (every n weeks from a
 * first date), all at the same local times and venue, each with a copy of the agenda template.
 * Each day is then an event of its own, to be edited one by one.
 */
@Schema(description = "A series of days of a cohort; give dates or a rule")
public record SeriesRequest(
        @Schema(description = "The days' dates (Europe/Stockholm)", examples = "[\"2027-09-02\", \"2027-09-30\"]")
        @Size(max = 52) List<@NotNull LocalDate> dates,
        @Valid Rule rule,
        @Schema(description = "Local start time of every day", examples = "09:00") @NotNull LocalTime startTime,
        @Schema(description = "Local end time of every day", examples = "16:00") @NotNull LocalTime endTime,
        @Schema(description = "Title of each day; {n} is replaced by the day's number in the cohort. Default: "
                + "\"<programme> – <cohort>, dag {n}\"", examples = "Salutogent ledarskap – Grupp 1, dag {n}")
        @Size(max = 200) String title,
        @Size(max = 200) String theme,
        @Size(max = 10000) String description,
        @Schema(description = "SCB county code of the region", examples = "21") @NotNull
        @Pattern(regexp = "\\d{2}", message = "must be a two-digit SCB county code") String regionCode,
        @Valid VenueDto venue,
        @Size(max = 20) List<@NotNull UUID> coHostOrganisationIds,
        @Size(max = 500) String audience,
        @Size(max = 50) List<@Valid @NotNull ResourceLink> resourceLinks,
        @Schema(description = "Agenda copied to every day") @Size(max = 50) List<@Valid @NotNull AgendaItem> agenda,
        @Schema(description = "Publish the days at once (default: they stay drafts)") Boolean publish) {

    /** Every {@code everyWeeks} weeks from {@code firstDate}, {@code count} days: "every fourth Thursday". */
    @Schema(name = "SeriesRule")
    public record Rule(
            @Schema(examples = "2027-09-02") @NotNull LocalDate firstDate,
            @Schema(examples = "4") @NotNull @Min(1) @Max(52) Integer everyWeeks,
            @Schema(examples = "6") @NotNull @Min(1) @Max(52) Integer count) {
    }

    /** A session of the agenda template, at local times of each day. */
    @Schema(name = "AgendaTemplateItem")
    public record AgendaItem(
            @Schema(examples = "TALK") @NotNull SessionKind kind,
            @Schema(examples = "KASAM – känsla av sammanhang") @NotBlank @Size(max = 200) String title,
            @Size(max = 10000) String description,
            @Schema(examples = "09:30") @NotNull LocalTime startTime,
            @Schema(examples = "11:00") @NotNull LocalTime endTime,
            @Size(max = 200) String room,
            @Size(max = 100) String parallelGroup,
            @Size(max = 50) List<@Valid @NotNull Speaker> speakers,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> dialogueQuestions) {
    }
}
