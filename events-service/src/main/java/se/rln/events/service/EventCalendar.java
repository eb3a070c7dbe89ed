package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.rest.SortKey;
import se.rln.commons.rest.Times;
import se.rln.events.model.AgendaSession;
import se.rln.events.model.Event;
import se.rln.events.model.EventStatus;
import se.rln.events.repository.EventFilter;
import se.rln.events.repository.EventRepository;

/**
 * iCalendar (RFC 5545) of an event, of a programme's events or of a cohort's days, written with ical4j, in
 * Europe/Stockholm time with its VTIMEZONE. SEQUENCE is the event version, so calendar
 * clients replace an older copy; a cancelled event is STATUS:CANCELLED.
 */
@ApplicationScoped
public class EventCalendar {

    private static final String PRODUCT = "-//Regional Leadership Network//events-service//SV";
    private static final int MAX_PROGRAMME_EVENTS = 500;

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    ProgrammeService programmes;

    @Inject
    CohortService cohorts;

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Transactional
    public String event(UUID id) {
        Event event = access.visible(events.findById(id), id);
        return write(List.of(event));
    }

    @Transactional
    public String programme(UUID id) {
        programmes.find(id);
        EventFilter filter = new EventFilter(null, null, null, null, id, null, null, null, null, access.draftsVisibleOf());
        return write(events.page(filter, PageRequest.first(PageRequest.MAX_LIMIT, SortKey.TIME)).stream()
                .limit(MAX_PROGRAMME_EVENTS).toList());
    }

    /** Every day of a cohort the caller may see; a cancelled day stays in, as STATUS:CANCELLED. */
    @Transactional
    public String cohort(UUID id) {
        cohorts.find(id);
        return write(events.ofCohort(id).stream().filter(access::canSee).toList());
    }

    private String write(List<Event> list) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar = calendar.withComponent(zones.getTimeZone(Times.STOCKHOLM.getId()).getVTimeZone()).getFluentTarget();
        for (Event e : list) {
            calendar = calendar.withComponent(vevent(e)).getFluentTarget();
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent vevent(Event e) {
        VEvent v = new VEvent(e.startsAt.atZoneSameInstant(Times.STOCKHOLM), e.endsAt.atZoneSameInstant(Times.STOCKHOLM),
                e.title);
        v.add(new Uid(e.id + "@events.rln"));
        v.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.version)));
        v.add(new LastModified(e.updatedAt.toInstant()));
        v.add(new Status(e.status == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        String place = e.venue == null ? "" : java.util.stream.Stream.of(e.venue.name, e.venue.address, e.venue.city)
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        if (!place.isEmpty()) {
            v.add(new Location(place));
        }
        v.add(new Description(describe(e)));
        e.resourceLinks.stream().findFirst().ifPresent(link -> {
            try {
                v.add(new Url(java.net.URI.create(link.url())));
            } catch (IllegalArgumentException ignored) {
                // a link that is not a URI stays in the description only
            }
        });
        return v;
    }

    private static String describe(Event e) {
        StringBuilder sb = new StringBuilder();
        if (e.theme != null) {
            sb.append(e.theme).append("\n\n");
        }
        if (e.description != null) {
            sb.append(e.description).append("\n\n");
        }
        for (AgendaSession s : e.sessions) {
            sb.append(Times.local(s.startsAt).toLocalTime()).append('–').append(Times.local(s.endsAt).toLocalTime())
                    .append(' ').append(s.title).append('\n');
        }
        if (e.status == EventStatus.CANCELLED && e.cancellationReason != null) {
            sb.append("\nInställt: ").append(e.cancellationReason);
        }
        return sb.toString().strip();
    }
}
