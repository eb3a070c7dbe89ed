package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Cursor;
import se.rln.commons.rest.ETags;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.security.Caller;
import se.rln.events.mapping.EventMapper;
import se.rln.events.mapping.ProgrammeRequest;
import se.rln.events.mapping.ProgrammeView;
import se.rln.events.messaging.outbound.CohortType;
import se.rln.events.messaging.outbound.EventJournal;
import se.rln.events.model.Cohort;
import se.rln.events.model.Programme;
import se.rln.events.repository.CohortRepository;
import se.rln.events.repository.EventRepository;
import se.rln.events.repository.OrganisationRepository;
import se.rln.events.repository.ProgrammeRepository;

/** Programmes: public to read; owned and changed by coordinators of the owning organisation. */
@ApplicationScoped
public class ProgrammeService {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    EventRepository events;

    @Inject
    CohortRepository cohorts;

    @Inject
    EventJournal journal;

    @Inject
    EventMapper mapper;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Caller caller;

    @Transactional
    public IdempotencyKeys.Outcome<ProgrammeView> create(ProgrammeRequest request, String idempotencyKey) {
        mayOwn(request.ownerOrganisationId());
        return idempotency.once("programmes:create:" + caller.subject(), idempotencyKey, request, ProgrammeView.class,
                () -> {
                    checkOwner(request);
                    Programme p = new Programme();
                    p.id = UUID.randomUUID();
                    p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    apply(p, request);
                    programmes.persist(p);
                    programmes.flush();
                    return mapper.view(p);
                });
    }

    @Transactional
    public ProgrammeView get(UUID id) {
        return mapper.view(find(id));
    }

    @Transactional
    public Page<ProgrammeView> list(UUID owner, PageRequest<String> page) {
        return page.page(programmes.page(owner, page), mapper::view, p -> new Cursor<>(p.title, p.id));
    }

    @Transactional
    public ProgrammeView update(UUID id, String ifMatch, ProgrammeRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Programme p = find(id);
        mayOwn(p.ownerOrganisationId);
        mayOwn(request.ownerOrganisationId());
        ETags.check(expected, p.version);
        checkOwner(request);
        boolean ruleChanges = !java.util.Objects.equals(p.completionMinimumDays, request.completionMinimumDays());
        apply(p, request);
        programmes.flush();
        if (ruleChanges) {
            for (Cohort c : cohorts.ofProgramme(id)) {
                c.updatedAt = p.updatedAt; // a new cohort version carries the programme's new completion rule
                journal.record(c, p, CohortType.UPDATED);
            }
        }
        return mapper.view(p);
    }

    @Transactional
    public void delete(UUID id) {
        Programme p = find(id);
        mayOwn(p.ownerOrganisationId);
        if (events.countInProgramme(id) > 0 || cohorts.countInProgramme(id) > 0) {
            throw ProblemException.conflict("programme-in-use", "programme " + id + " has cohorts or events and cannot be deleted");
        }
        programmes.delete(p);
    }

    Programme find(UUID id) {
        Programme p = programmes.findById(id);
        if (p == null) {
            throw ProblemException.notFound("programme", id);
        }
        return p;
    }

    /** The programme's cohorts and days are managed by those who may manage the programme. */
    void mayManage(Programme p) {
        mayOwn(p.ownerOrganisationId);
    }

    private void mayOwn(UUID owner) {
        if (caller.admin()) {
            return;
        }
        if (!caller.requireCoordinatorOrganisation().equals(owner)) {
            throw ProblemException.forbidden("a coordinator may only manage programmes of their own organisation");
        }
    }

    private void checkOwner(ProgrammeRequest r) {
        if (organisations.findById(r.ownerOrganisationId()) == null) {
            throw ProblemException.invalid("ownerOrganisationId", "no organisation " + r.ownerOrganisationId());
        }
    }

    private static void apply(Programme p, ProgrammeRequest r) {
        p.title = r.title().strip();
        p.description = r.description();
        p.audience = r.audience();
        p.ownerOrganisationId = r.ownerOrganisationId();
        p.completionMinimumDays = r.completionMinimumDays();
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
