package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.scenario.model.Member;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> of(UUID workshopId, UUID participantId) {
        return find("workshopId = ?1 and participantId = ?2", workshopId, participantId).firstResultOptional();
    }

    public List<Member> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by municipalityCode, participantId", workshopId);
    }

    public List<Member> ofGroup(UUID groupId) {
        return list("groupId = ?1 and active = true order by participantId", groupId);
    }
}
