package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.commons.webhooks.Webhooks;
import se.rln.participants.mapping.WebhookRequest;
import se.rln.participants.mapping.WebhookView;
import se.rln.participants.messaging.outbound.EnrolmentEventType;
import se.rln.participants.messaging.outbound.RegistrationEventType;
import se.rln.participants.model.EventSeats;
import se.rln.participants.repository.EventSeatsRepository;

/**
 * Who may hear which changes. A municipality subscribes to its own people's changes on every
 * event (scope {@code municipality:<code>}, with the HR ids); an event's organisers to the
 * event's registrations (scope {@code event:<id>}, without them). A subscription belongs to the
 * municipality or the organisation that made it: only they (and admins) see and manage it;
 * to anyone else it does not exist.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    public static final Set<String> TYPES = java.util.stream.Stream.concat(java.util.Arrays.stream(RegistrationEventType.values())
            .map(RegistrationEventType::type), java.util.Arrays.stream(EnrolmentEventType.values()).map(EnrolmentEventType::type))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Inject
    Webhooks webhooks;

    @Inject
    EventSeatsRepository events;

    @Inject
    RegistrationAccess access;

    @Inject
    Municipalities municipalities;

    @Inject
    Caller caller;

    @Transactional
    public WebhookView.Created subscribe(WebhookRequest request) {
        List<Violation> problems = new ArrayList<>();
        List<String> types = request.changeTypes() == null ? List.of() : request.changeTypes();
        for (int i = 0; i < types.size(); i++) {
            if (!TYPES.contains(types.get(i))) {
                problems.add(new Violation("changeTypes[" + i + "]", "is not a change type; one of "
                        + TYPES.stream().sorted().toList()));
            }
        }
        if ((request.municipalityCode() == null) == (request.eventId() == null)) {
            problems.add(new Violation("municipalityCode", "give exactly one of municipalityCode and eventId"));
        } else if (request.municipalityCode() != null && !municipalities.isMunicipality(request.municipalityCode())) {
            problems.add(new Violation("municipalityCode", "is not an SCB municipality code"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String scope;
        String owner;
        if (request.municipalityCode() != null) {
            if (!access.ownsPeopleOf(request.municipalityCode())) {
                throw ProblemException.forbidden("only municipality " + request.municipalityCode()
                        + " subscribes to its people's changes");
            }
            scope = "municipality:" + request.municipalityCode();
            owner = scope;
        } else {
            EventSeats event = access.visibleEvent(events.findByIdOptional(request.eventId())
                    .orElseThrow(() -> ProblemException.notFound("event", request.eventId())));
            if (!access.organises(event)) {
                throw ProblemException.forbidden("only the event's organisers subscribe to its registrations");
            }
            scope = "event:" + event.eventId;
            owner = ownerOfCaller().get(0);
        }
        Webhooks.Created created = webhooks.subscribe(scope, owner, request.url(), List.copyOf(new java.util.LinkedHashSet<>(types)),
                request.description());
        return new WebhookView.Created(view(created.subscription()), created.secret());
    }

    @Transactional
    public List<WebhookView> mine() {
        return webhooks.ownedBy(caller.admin() ? null : ownerOfCaller()).stream().map(WebhookSubscriptions::view).toList();
    }

    @Transactional
    public WebhookView get(UUID id) {
        return view(owned(id));
    }

    @Transactional
    public void delete(UUID id) {
        webhooks.delete(owned(id).id());
    }

    @Transactional
    public Page<WebhookView.Delivery> deliveries(UUID id, String status, PageRequest<OffsetDateTime> page) {
        Webhooks.Subscription s = owned(id);
        if (status != null && !Set.of("PENDING", "DELIVERED", "FAILED").contains(status)) {
            throw ProblemException.invalid("status", "must be PENDING, DELIVERED or FAILED");
        }
        Page<Webhooks.Delivery> found = webhooks.deliveries(s.id(), status, page);
        return new Page<>(found.items().stream().map(WebhookSubscriptions::view).toList(), found.nextCursor());
    }

    @Transactional
    public WebhookView.Delivery redeliver(UUID id, UUID deliveryId) {
        return view(webhooks.redeliver(owned(id), deliveryId));
    }

    private Webhooks.Subscription owned(UUID id) {
        Webhooks.Subscription s = webhooks.find(id).orElseThrow(() -> ProblemException.notFound("webhook", id));
        if (!caller.admin() && !ownerOfCaller().contains(s.owner())) {
            throw ProblemException.notFound("webhook", id);
        }
        return s;
    }

    /** The owners whose subscriptions the caller manages. */
    private List<String> ownerOfCaller() {
        if (caller.admin()) {
            return List.of("admin");
        }
        if (caller.is(Roles.MUNICIPALITY) && caller.municipality().isPresent()) {
            return List.of("municipality:" + caller.municipality().get());
        }
        if (caller.is(Roles.COORDINATOR) && caller.organisation().isPresent()) {
            return List.of("organisation:" + caller.organisation().get());
        }
        throw ProblemException.forbidden("webhooks belong to municipalities and organisers");
    }

    private static WebhookView view(Webhooks.Subscription s) {
        String municipality = s.scope().startsWith("municipality:") ? s.scope().substring("municipality:".length()) : null;
        UUID event = s.scope().startsWith("event:") ? UUID.fromString(s.scope().substring("event:".length())) : null;
        return new WebhookView(s.id(), s.url(), municipality, event, s.types(), s.description(), s.status(),
                s.disabledReason(), s.createdAt());
    }

    private static WebhookView.Delivery view(Webhooks.Delivery d) {
        return new WebhookView.Delivery(d.id(), d.type(), d.status(), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                d.deliveredAt(), d.history().stream().map(a -> new WebhookView.Attempt(a.attempt(), a.attemptedAt(),
                        a.statusCode(), a.error(), a.durationMs())).toList());
    }
}
