package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import se.rln.commons.database.TransactionCache;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.participants.mapping.ParticipantDto;
import se.rln.participants.model.Participant;
import se.rln.participants.repository.ParticipantRepository;

/**
 * Finds or records the people registered on events, matching on HR id first, then e-mail,
 * within their municipality. Only the municipality itself (or an admin) changes a person's
 * details; an organiser registering someone who exists leaves them as the municipality has them.
 */
@ApplicationScoped
public class ParticipantDirectory {

    @Inject
    ParticipantRepository participants;

    @Inject
    Municipalities municipalities;

    @Inject
    TransactionCache transactionCache;

    /** Bad input before any decision of access: an unknown municipality is a 400 for everyone. */
    public void requireMunicipality(String code) {
        if (!municipalities.isMunicipality(code)) {
            throw ProblemException.invalid("participant.municipalityCode", "unknown municipality code " + code);
        }
    }

    /** The person a registration or enrolment is for, and whether they were new to the directory (nothing of theirs exists yet). */
    public record Upserted(Participant person, boolean created) {
    }

    /**
     * Looks up the people of many registrations at once (a group commit's batch), so that
     * {@link #upsert} finds them in this transaction without a query each. Whom it creates or
     * changes afterwards is kept up to date here, so a later upsert in the transaction finds what
     * its query would have found.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lookUp(List<ParticipantDto> people) {
        KnownPeople known = known();
        people.forEach(known::asked);
        participants.matching(people.stream().map(dto -> new ParticipantRepository.PersonKey(dto.municipalityCode(),
                dto.externalId(), dto.email())).toList()).forEach(known::add);
    }

    /**
     * The person of {@code dto}, found by HR id, then e-mail, within the municipality; created when
     * neither finds them, updated when found and {@code ownerMayChange}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Upserted upsert(ParticipantDto dto, boolean ownerMayChange) {
        requireMunicipality(dto.municipalityCode());
        KnownPeople known = known();
        Participant p = known.covers(dto) ? known.find(dto) : find(dto);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (p == null) {
            p = new Participant();
            p.id = UUID.randomUUID();
            p.municipalityCode = dto.municipalityCode();
            p.createdAt = now;
            apply(p, dto, now);
            participants.persist(p);
            known.add(p);
            return new Upserted(p, true);
        }
        if (ownerMayChange) {
            known.forget(p);
            apply(p, dto, now);
            known.add(p);
        }
        return new Upserted(p, false);
    }

    private Participant find(ParticipantDto dto) {
        Participant p = dto.externalId() == null ? null
                : participants.byExternalId(dto.municipalityCode(), dto.externalId()).orElse(null);
        return p != null ? p : participants.byEmail(dto.municipalityCode(), dto.email()).orElse(null);
    }

    private KnownPeople known() {
        return transactionCache.get("known-people", KnownPeople.class, k -> new KnownPeople());
    }

    private static void apply(Participant p, ParticipantDto dto, OffsetDateTime now) {
        if (dto.externalId() != null) {
            p.externalId = dto.externalId();
        }
        p.givenName = dto.givenName().strip();
        p.familyName = dto.familyName().strip();
        p.email = dto.email().strip();
        p.title = dto.title();
        p.managerLevel = dto.managerLevel();
        p.lastActivityAt = now;
    }
}
