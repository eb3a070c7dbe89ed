package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.scenario.mapping.FocalQuestionRequest;
import se.rln.scenario.mapping.GroupRequest;
import se.rln.scenario.mapping.GroupView;
import se.rln.scenario.messaging.outbound.WorkshopEvent;
import se.rln.scenario.messaging.outbound.WorkshopJournal;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.GroupRepository;
import se.rln.scenario.repository.MemberRepository;

/** Groups: creating them, dealing members into them, their focal question. */
@ApplicationScoped
public class GroupService {

    @Inject
    GroupRepository groups;

    @Inject
    MemberRepository members;

    @Inject
    WorkshopContext context;


    @Inject
    WorkshopViews mapper;

    @Inject
    WorkshopJournal journal;


    @Transactional
    public GroupView create(UUID workshopId, GroupRequest request) {
        Workshop w = context.facilitate(workshopId, "forming groups", Phase.SETUP);
        WorkshopGroup g = newGroup(w, request.name().strip(), groups.ofWorkshop(w.id).size() + 1);
        groupsChanged(w);
        return mapper.view(g, List.of());
    }

    @Transactional
    public List<GroupView> list(UUID workshopId) {
        Workshop w = context.read(workshopId);
        return groups.ofWorkshop(w.id).stream().map(mapper::view).toList();
    }

    @Transactional
    public GroupView get(UUID workshopId, UUID groupId) {
        return mapper.view(context.read(workshopId, groupId).group());
    }

    /**
     * Deals the active members into {@code count} groups (creating "Grupp n" as needed) so that
     * each municipality is spread across the groups: members are ordered by municipality, the
     * largest first, and dealt round-robin.
     */
    @Transactional
    public List<GroupView> assign(UUID workshopId, int count) {
        Workshop w = context.facilitate(workshopId, "assigning groups", Phase.SETUP);
        List<WorkshopGroup> all = new ArrayList<>(groups.ofWorkshop(w.id));
        while (all.size() < count) {
            all.add(newGroup(w, "Grupp " + (all.size() + 1), all.size() + 1));
        }
        List<WorkshopGroup> used = all.subList(0, count);
        Map<String, List<Member>> byMunicipality = new LinkedHashMap<>();
        members.ofWorkshop(w.id).stream().filter(m -> m.active)
                .forEach(m -> byMunicipality.computeIfAbsent(String.valueOf(m.municipalityCode), k -> new ArrayList<>()).add(m));
        List<Member> dealt = byMunicipality.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Member>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .flatMap(e -> e.getValue().stream()).toList();
        for (int i = 0; i < dealt.size(); i++) {
            dealt.get(i).groupId = used.get(i % count).id;
        }
        groups.flush();
        groupsChanged(w);
        return all.stream().map(mapper::view).toList();
    }

    @Transactional
    public GroupView focalQuestion(UUID workshopId, UUID groupId, FocalQuestionRequest request) {
        WorkshopContext.InGroup at = context.writeIn(workshopId, groupId, "the focal question", Phase.FOCAL_QUESTION);
        WorkshopGroup g = at.group();
        g.focalQuestion = request.question().strip();
        g.horizon = request.horizon() == null ? null : request.horizon().strip();
        groups.flush();
        journal.record(new WorkshopEvent.FocalQuestionSet(workshopId, g.id, g.focalQuestion,
                g.horizon, g.version));
        return mapper.view(g);
    }

    private void groupsChanged(Workshop w) {
        List<WorkshopEvent.Seating> seating = groups.ofWorkshop(w.id).stream()
                .map(g -> new WorkshopEvent.Seating(g.id, g.name, members.ofGroup(g.id).stream().map(m -> m.participantId).toList()))
                .toList();
        journal.record(new WorkshopEvent.GroupsChanged(w.id, seating));
    }

    private WorkshopGroup newGroup(Workshop w, String name, int position) {
        WorkshopGroup g = new WorkshopGroup();
        g.id = UUID.randomUUID();
        g.workshopId = w.id;
        g.name = name;
        g.position = position;
        groups.persist(g);
        groups.flush();
        return g;
    }
}
