package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.rest.Cursor;
import se.rln.commons.rest.ETags;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.events.mapping.EventMapper;
import se.rln.events.mapping.OrganisationRequest;
import se.rln.events.mapping.OrganisationView;
import se.rln.events.model.Organisation;
import se.rln.events.model.OrganisationKind;
import se.rln.events.repository.EventRepository;
import se.rln.events.repository.OrganisationRepository;
import se.rln.events.repository.ProgrammeRepository;

/**
 * Organisations are public reference data: anyone reads them, admins create and delete them,
 * and a coordinator may correct their own organisation.
 */
@ApplicationScoped
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    EventRepository events;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    Municipalities municipalities;

    @Inject
    EventMapper mapper;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Caller caller;

    @Transactional
    public IdempotencyKeys.Outcome<OrganisationView> create(OrganisationRequest request, String idempotencyKey) {
        requireAdmin();
        return idempotency.once("organisations:create:" + caller.subject(), idempotencyKey, request,
                OrganisationView.class, () -> {
                    check(request, null);
                    Organisation o = new Organisation();
                    o.id = UUID.randomUUID();
                    o.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    apply(o, request);
                    organisations.persist(o);
                    organisations.flush();
                    return mapper.view(o);
                });
    }

    @Transactional
    public OrganisationView get(UUID id) {
        return mapper.view(find(id));
    }

    @Transactional
    public Page<OrganisationView> list(OrganisationKind kind, String text, PageRequest<String> page) {
        return page.page(organisations.page(kind, text, page), mapper::view, o -> new Cursor<>(o.name, o.id));
    }

    @Transactional
    public OrganisationView update(UUID id, String ifMatch, OrganisationRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Organisation o = find(id);
        boolean own = caller.is(Roles.COORDINATOR) && caller.organisation().map(id::equals).orElse(false);
        if (!caller.admin() && !own) {
            throw ProblemException.forbidden("only an admin or a coordinator of organisation " + id + " may change it");
        }
        ETags.check(expected, o.version);
        check(request, id);
        apply(o, request);
        organisations.flush();
        return mapper.view(o);
    }

    @Transactional
    public void delete(UUID id) {
        requireAdmin();
        Organisation o = find(id);
        if (events.countUsingOrganisation(id) > 0 || programmes.countByOwner(id) > 0) {
            throw ProblemException.conflict("organisation-in-use",
                    "organisation " + id + " hosts events or owns programmes and cannot be deleted");
        }
        organisations.delete(o);
    }

    private Organisation find(UUID id) {
        Organisation o = organisations.findById(id);
        if (o == null) {
            throw ProblemException.notFound("organisation", id);
        }
        return o;
    }

    private void requireAdmin() {
        if (!caller.admin()) {
            throw ProblemException.forbidden("only an admin may create or delete organisations");
        }
    }

    private void check(OrganisationRequest r, UUID self) {
        List<Violation> v = new ArrayList<>();
        if (r.kind() == OrganisationKind.MUNICIPALITY && r.municipalityCode() == null) {
            v.add(new Violation("municipalityCode", "is required for a MUNICIPALITY"));
        }
        if (r.municipalityCode() != null && !municipalities.isMunicipality(r.municipalityCode())) {
            v.add(new Violation("municipalityCode", "unknown municipality code " + r.municipalityCode()));
        }
        if (r.countyCode() != null && !municipalities.isCounty(r.countyCode())) {
            v.add(new Violation("countyCode", "unknown county code " + r.countyCode()));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        if (organisations.nameTaken(r.name().strip(), self)) {
            throw ProblemException.conflict("organisation-exists", "an organisation named '" + r.name().strip() + "' exists");
        }
    }

    private void apply(Organisation o, OrganisationRequest r) {
        o.name = r.name().strip();
        o.kind = r.kind();
        o.municipalityCode = r.municipalityCode();
        o.countyCode = r.countyCode() != null ? r.countyCode()
                : municipalities.municipality(r.municipalityCode()).map(m -> m.countyCode()).orElse(null);
        o.website = r.website();
        o.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
