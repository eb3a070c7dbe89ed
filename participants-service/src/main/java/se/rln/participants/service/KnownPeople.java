package se.rln.participants.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.rln.participants.mapping.ParticipantDto;
import se.rln.participants.model.Participant;

/**
 * The people one transaction has looked up ahead ({@link ParticipantDirectory#lookUp}), by the
 * keys the directory matches on: HR id and e-mail (any case), each within a municipality. A key
 * asked for and not found means nobody has it, as the query would have said; the people the
 * transaction creates or changes are kept up to date, so an answer from here is the query's.
 */
final class KnownPeople {

    private final Set<String> asked = new HashSet<>();
    private final Map<String, Participant> found = new HashMap<>();

    /** Marks the keys of {@code dto} as looked up (found or not). */
    void asked(ParticipantDto dto) {
        if (dto.externalId() != null) {
            asked.add(hrKey(dto.municipalityCode(), dto.externalId()));
        }
        asked.add(emailKey(dto.municipalityCode(), dto.email()));
    }

    /** Whether every key {@code dto} is matched on was looked up. */
    boolean covers(ParticipantDto dto) {
        return (dto.externalId() == null || asked.contains(hrKey(dto.municipalityCode(), dto.externalId())))
                && asked.contains(emailKey(dto.municipalityCode(), dto.email()));
    }

    /** The person {@code dto} matches, by HR id first, then e-mail; null when nobody does. */
    Participant find(ParticipantDto dto) {
        Participant p = dto.externalId() == null ? null : found.get(hrKey(dto.municipalityCode(), dto.externalId()));
        return p != null ? p : found.get(emailKey(dto.municipalityCode(), dto.email()));
    }

    /** A person found, created or changed: under their keys as they are now. */
    void add(Participant p) {
        if (p.erasedAt != null) {
            return;
        }
        if (p.externalId != null) {
            asked.add(hrKey(p.municipalityCode, p.externalId));
            found.put(hrKey(p.municipalityCode, p.externalId), p);
        }
        asked.add(emailKey(p.municipalityCode, p.email));
        found.put(emailKey(p.municipalityCode, p.email), p);
    }

    /** A person about to change their keys: their present keys now find nobody. */
    void forget(Participant p) {
        if (p.externalId != null) {
            found.remove(hrKey(p.municipalityCode, p.externalId), p);
        }
        found.remove(emailKey(p.municipalityCode, p.email), p);
    }

    private static String lower(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private static String hrKey(String municipality, String externalId) {
        return municipality + "\u0000hr\u0000" + externalId;
    }

    private static String emailKey(String municipality, String email) {
        return municipality + "\u0000email\u0000" + lower(email);
    }
}
