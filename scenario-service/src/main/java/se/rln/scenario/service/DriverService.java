package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.scenario.mapping.DriverRequest;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.RatingsRequest;
import se.rln.scenario.mapping.VotesRequest;
import se.rln.scenario.messaging.outbound.WorkshopEvent;
import se.rln.scenario.messaging.outbound.WorkshopJournal;
import se.rln.scenario.model.Driver;
import se.rln.scenario.model.DriverMaths;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.DriverRepository;
import se.rln.scenario.repository.RatingRepository;
import se.rln.scenario.repository.VoteRepository;

/** Driving forces: collecting, merging duplicates, rating (impact, uncertainty) and dot voting. */
@ApplicationScoped
public class DriverService {

    @Inject
    DriverRepository drivers;

    @Inject
    WorkshopContext context;

    @Inject
    WorkshopAccess access;

    @Inject
    RatingRepository ratings;

    @Inject
    VoteRepository votes;

    @Inject
    WorkshopViews mapper;

    @Inject
    WorkshopJournal journal;


    @Transactional
    public DriverView add(UUID workshopId, UUID groupId, DriverRequest request) {
        WorkshopContext.InGroup at = context.writeIn(workshopId, groupId, "collecting drivers", Phase.DRIVERS);
        Member author = at.member();
        Driver d = new Driver();
        d.id = UUID.randomUUID();
        d.groupId = groupId;
        apply(d, request);
        d.authorId = author == null ? null : author.participantId;
        d.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        drivers.persist(d);
        drivers.flush();
        DriverView view = mapper.view(d, List.of(), null, author == null ? null : author.displayName);
        journal.record(new WorkshopEvent.DriverAdded(workshopId, view));
        return view;
    }

    @Transactional
    public DriverView edit(UUID workshopId, UUID groupId, UUID driverId, DriverRequest request) {
        WorkshopContext.InGroup at = context.writeIn(workshopId, groupId, "editing drivers", Phase.DRIVERS);
        Driver d = driver(at.group(), driverId);
        apply(d, request);
        drivers.flush();
        DriverView view = find(at, driverId);
        journal.record(new WorkshopEvent.DriverAdded(workshopId, view));
        return view;
    }

    @Transactional
    public List<DriverView> list(UUID workshopId, UUID groupId) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        return mapper.drivers(at.group(), showDots(at.workshop(), at.group()), access.seesRatings(at.workshop(), at.group()));
    }

    @Transactional
    public DriverView get(UUID workshopId, UUID groupId, UUID driverId) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        driver(at.group(), driverId);
        return find(at, driverId);
    }

    /**
     * Merges a duplicate into another driver of the group: the duplicate's ratings move over
     * where the person has not rated the other, its dots are added, and it stays visible as
     * merged.
     */
    @Transactional
    public DriverView merge(UUID workshopId, UUID groupId, UUID driverId, UUID into) {
        WorkshopContext.InGroup at = context.facilitateIn(workshopId, groupId, "merging drivers", Phase.DRIVERS, Phase.RATING);
        if (driverId.equals(into)) {
            throw ProblemException.invalid("into", "a driver cannot be merged into itself");
        }
        driver(at.group(), driverId);
        if (drivers.findById(into) == null || !drivers.findById(into).groupId.equals(groupId)) {
            throw ProblemException.invalid("into", "no driver " + into + " in this group");
        }
        List<Driver> locked = drivers.lockAll(List.of(driverId, into));
        Driver duplicate = locked.stream().filter(d -> d.id.equals(driverId)).findFirst().orElseThrow();
        Driver target = locked.stream().filter(d -> d.id.equals(into)).findFirst().orElseThrow();
        if (duplicate.mergedInto != null) {
            throw ProblemException.conflict("already-merged", "driver " + driverId + " was already merged into "
                    + duplicate.mergedInto);
        }
        if (target.mergedInto != null) {
            throw ProblemException.invalid("into", "driver " + into + " was itself merged into " + target.mergedInto);
        }
        ratings.move(driverId, into);
        votes.move(driverId, into);
        duplicate.mergedInto = into;
        target.ratingVersion++;
        drivers.flush();
        DriverView view = find(at, into);
        journal.record(new WorkshopEvent.DriverMerged(workshopId, groupId, driverId, view));
        return view;
    }

    /**
     * The caller's ratings, each replacing their earlier rating of that driver. The drivers are
     * locked in id order, so concurrent raters queue per driver and every aggregate sent out
     * includes every rating committed before it.
     */
    @Transactional
    public List<DriverView> rate(UUID workshopId, UUID groupId, RatingsRequest request) {
        WorkshopContext.InGroup at = context.participateIn(workshopId, groupId, "rating", Phase.RATING);
        Member rater = at.member();
        Map<UUID, RatingsRequest.Rating> byDriver = new HashMap<>();
        List<Violation> bad = new ArrayList<>();
        for (int i = 0; i < request.ratings().size(); i++) {
            RatingsRequest.Rating r = request.ratings().get(i);
            if (byDriver.put(r.driverId(), r) != null) {
                bad.add(new Violation("ratings[" + i + "].driverId", "rates driver " + r.driverId() + " a second time"));
            }
        }
        List<Driver> locked = drivers.lockAll(byDriver.keySet());
        Set<UUID> found = new HashSet<>();
        for (Driver d : locked) {
            found.add(d.id);
            if (!d.groupId.equals(groupId) || d.mergedInto != null) {
                found.remove(d.id);
            }
        }
        for (int i = 0; i < request.ratings().size(); i++) {
            if (!found.contains(request.ratings().get(i).driverId())) {
                bad.add(new Violation("ratings[" + i + "].driverId", "no driver " + request.ratings().get(i).driverId()
                        + " to rate in this group"));
            }
        }
        if (!bad.isEmpty()) {
            throw ProblemException.invalid(bad);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Driver d : locked) {
            RatingsRequest.Rating r = byDriver.get(d.id);
            ratings.put(d.id, rater.participantId, r.impact(), r.uncertainty(), now);
            d.ratingVersion++;
        }
        drivers.flush();
        Map<UUID, List<DriverMaths.Rating>> rated = ratings.ofDrivers(locked.stream().map(d -> d.id).toList());
        List<DriverView> views = locked.stream().map(d -> mapper.view(d, rated.getOrDefault(d.id, List.of()), null, null))
                .toList();
        // the room rates blind: until revealed, every screen hears how many rated, not what they said
        List<DriverView> heard = at.group().votesRevealed ? views : views.stream().map(WorkshopViews::blind).toList();
        journal.record(new WorkshopEvent.RatingsAggregated(workshopId, groupId, heard));
        return heard;
    }

    /** The caller's dots over the group's drivers, replacing their earlier ones; within the budget. */
    @Transactional
    public Map<UUID, Integer> vote(UUID workshopId, UUID groupId, VotesRequest request) {
        WorkshopContext.InGroup at = context.participateIn(workshopId, groupId, "dot voting", Phase.RATING);
        Member voter = at.member();
        if (at.group().votesRevealed) {
            throw ProblemException.conflict("votes-revealed", "the votes of " + at.group().name + " are revealed and closed");
        }
        int total = request.votes().stream().mapToInt(VotesRequest.Vote::dots).sum();
        if (total > at.workshop().dotBudget) {
            throw ProblemException.invalid("votes", total + " dots exceed the budget of " + at.workshop().dotBudget);
        }
        Map<UUID, Integer> dots = new HashMap<>();
        for (int i = 0; i < request.votes().size(); i++) {
            VotesRequest.Vote v = request.votes().get(i);
            Driver d = drivers.findById(v.driverId());
            if (d == null || !d.groupId.equals(groupId) || d.mergedInto != null) {
                throw ProblemException.invalid("votes[" + i + "].driverId", "no driver " + v.driverId() + " in this group");
            }
            dots.merge(v.driverId(), v.dots(), Integer::sum);
        }
        votes.replace(groupId, voter.participantId, dots);
        return dots;
    }

    /** The caller's own dots (participants), or everyone's totals (facilitators, or anyone once revealed). */
    @Transactional
    public Map<UUID, Integer> votes(UUID workshopId, UUID groupId) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        if (showDots(at.workshop(), at.group())) {
            return votes.totals(groupId);
        }
        // a participant's own dots; the projector sees none until they are revealed
        return access.member(at.workshop()).map(m -> votes.of(groupId, m.participantId)).orElse(Map.of());
    }

    @Transactional
    public List<DriverView> reveal(UUID workshopId, UUID groupId) {
        WorkshopContext.InGroup at = context.facilitateIn(workshopId, groupId);
        at.group().votesRevealed = true;
        drivers.flush();
        List<DriverView> views = mapper.drivers(at.group(), true);
        journal.record(new WorkshopEvent.VotesRevealed(workshopId, groupId, views));
        return views;
    }

    private boolean showDots(Workshop w, WorkshopGroup g) {
        return g.votesRevealed || access.facilitates(w);
    }

    private DriverView find(WorkshopContext.InGroup at, UUID driverId) {
        return mapper.drivers(at.group(), showDots(at.workshop(), at.group()), access.seesRatings(at.workshop(), at.group()))
                .stream().filter(v -> v.id().equals(driverId))
                .findFirst().orElseThrow();
    }

    private Driver driver(WorkshopGroup g, UUID driverId) {
        Driver d = drivers.findById(driverId);
        if (d == null || !d.groupId.equals(g.id)) {
            throw ProblemException.notFound("driver", driverId);
        }
        return d;
    }

    private static void apply(Driver d, DriverRequest request) {
        d.title = request.title().strip();
        d.description = request.description();
        d.category = request.category();
    }
}
