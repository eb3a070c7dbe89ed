package se.rln.events.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.rln.events.model.EventStatus;

/**
 * What a list of events is narrowed to. {@code municipality} means events open to it: in its
 * county's region or reserving seats for it. {@code visibleDraftsOf} are the organisations
 * whose drafts the caller may see ({@code null}: all drafts, for admins).
 */
public record EventFilter(
        String region,
        String municipality,
        String municipalityCounty,
        UUID organiser,
        UUID programme,
        EventStatus status,
        OffsetDateTime from,
        OffsetDateTime to,
        String text,
        List<UUID> visibleDraftsOf) {
}
