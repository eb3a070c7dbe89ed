package se.rln.scenario.service;

import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.scenario.mapping.JoinCodeView;
import se.rln.scenario.mapping.JoinRequest;
import se.rln.scenario.mapping.JoinView;
import se.rln.scenario.mapping.PassTokenView;
import se.rln.scenario.mapping.PassView;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.PassKind;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopPass;
import se.rln.scenario.repository.MemberRepository;
import se.rln.scenario.repository.PassRepository;
import se.rln.scenario.repository.WorkshopRepository;

/**
 * Browsers into a workshop: its facilitator opens joining (a code for the room, with a QR code),
 * a phone joins with the code as one of the members (a member holds one valid pass at a time), a
 * projector gets a read-only pass; the facilitator lists and revokes passes, after which the
 * member may join again.
 */
@ApplicationScoped
public class WorkshopPasses {

    /** Join codes: eight of 31 letters and digits that cannot be mistaken for one another (about 40 bits). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final Phase[] OPEN = { Phase.SETUP, Phase.FOCAL_QUESTION, Phase.DRIVERS, Phase.RATING, Phase.AXES,
        Phase.SCENARIOS, Phase.STRATEGIES };

    private final SecureRandom random = new SecureRandom();

    @Inject
    WorkshopRepository workshops;

    @Inject
    MemberRepository members;

    @Inject
    PassRepository passes;

    @Inject
    WorkshopContext context;

    @Inject
    PassTokens tokens;

    @Inject
    Municipalities municipalities;

    @ConfigProperty(name = "rln.passes.join-url")
    String joinUrl;

    /** The pass a token's {@code jti} names, if it is a pass id at all. */
    public static Optional<UUID> passId(String jti) {
        try {
            return Optional.of(UUID.fromString(jti));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A new join code for the workshop (an earlier one stops working; passes given with it stay valid). */
    @Transactional
    public JoinCodeView openJoining(UUID id) {
        Workshop w = context.facilitate(id, "opening the workshop to phones", OPEN);
        w.joinCode = newCode();
        workshops.flush();
        return codeView(w);
    }

    /** No one joins any more (passes given stay valid until revoked or expired). */
    @Transactional
    public void closeJoining(UUID id) {
        context.facilitate(id, "closing the workshop to phones", Phase.values()).joinCode = null;
    }

    @Transactional
    public JoinCodeView joinCode(UUID id) {
        Workshop w = context.facilitate(id, "reading the join code", Phase.values());
        if (w.joinCode == null) {
            throw new ProblemException(404, "joining-closed", "Joining is closed",
                    "the workshop has no join code; its facilitator opens joining with POST …/join-code", null);
        }
        return codeView(w);
    }

    /** What the code opens: the workshop and its free places. */
    @Transactional
    public JoinView lookUp(String code) {
        Workshop w = byCode(code);
        Set<UUID> seated = new HashSet<>(passes.seatedMembers(w.id, OffsetDateTime.now()));
        List<JoinView.NamedPlace> named = new ArrayList<>();
        Map<String, Integer> free = new TreeMap<>();
        for (Member m : members.ofWorkshop(w.id)) {
            if (!m.active || seated.contains(m.id)) {
                continue;
            }
            if (m.displayName != null) {
                named.add(new JoinView.NamedPlace(m.participantId, m.displayName, m.municipalityCode));
            } else if (m.municipalityCode != null) {
                free.merge(m.municipalityCode, 1, Integer::sum);
            }
        }
        named.sort(Comparator.comparing(JoinView.NamedPlace::displayName));
        List<JoinView.MunicipalityPlaces> places = free.entrySet().stream().map(e -> new JoinView.MunicipalityPlaces(
                e.getKey(), municipalities.municipality(e.getKey()).map(Municipality::name).orElse(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(JoinView.MunicipalityPlaces::name)).toList();
        return new JoinView(w.id, w.title, w.phase, named, places);
    }

    /** A phone joins as one member; the member's earlier pass must have been revoked (or expired). */
    @Transactional
    public PassTokenView join(String code, JoinRequest request) {
        if ((request.participantId() == null) == (request.municipalityCode() == null)) {
            throw ProblemException.invalid("participantId", "give either participantId or municipalityCode");
        }
        if (request.municipalityCode() != null && (request.displayName() == null || request.displayName().isBlank())) {
            throw ProblemException.invalid("displayName", "is required with municipalityCode: what the room calls you");
        }
        Workshop w = workshops.forChange(byCode(code).id).orElseThrow(() -> ProblemException.notFound("join code", code));
        WorkshopContext.requirePhase(w, "joining", OPEN);
        OffsetDateTime now = now();
        Member m = request.participantId() != null ? named(w, request.participantId(), now)
                : freePlace(w, request.municipalityCode(), now);
        if (request.displayName() != null && !request.displayName().isBlank()) {
            m.displayName = request.displayName().strip();
        }
        WorkshopPass pass = issue(w, PassKind.PARTICIPANT, m, now);
        return new PassTokenView(pass.id, tokens.sign(pass, m), pass.kind, w.id, m.participantId, m.groupId, m.displayName,
                pass.expiresAt);
    }

    /** A read-only pass for the room's projector. */
    @Transactional
    public PassTokenView viewer(UUID id) {
        Workshop w = context.facilitate(id, "handing out a projector pass", Phase.values());
        WorkshopPass pass = issue(w, PassKind.VIEWER, null, now());
        return new PassTokenView(pass.id, tokens.sign(pass, null), pass.kind, w.id, null, null, null, pass.expiresAt);
    }

    @Transactional
    public List<PassView> list(UUID id) {
        Workshop w = context.facilitate(id, "listing passes", Phase.values());
        OffsetDateTime now = now();
        Map<UUID, Member> byId = new java.util.HashMap<>();
        members.ofWorkshop(w.id).forEach(m -> byId.put(m.id, m));
        return passes.ofWorkshop(w.id).stream().map(p -> {
            Member m = p.memberId == null ? null : byId.get(p.memberId);
            return new PassView(p.id, p.kind, m == null ? null : m.participantId, m == null ? null : m.displayName,
                    m == null ? null : m.municipalityCode, p.issuedAt, p.expiresAt, p.revokedAt, p.valid(now));
        }).toList();
    }

    /** The pass stops counting at once; revoking again changes nothing. */
    @Transactional
    public void revoke(UUID id, UUID passId) {
        Workshop w = context.facilitate(id, "revoking a pass", Phase.values());
        WorkshopPass p = passes.findByIdOptional(passId).filter(x -> x.workshopId.equals(w.id))
                .orElseThrow(() -> ProblemException.notFound("pass", passId));
        if (p.revokedAt == null) {
            p.revokedAt = now();
        }
    }

    /** The join page's address as a QR code (SVG), for the room's screen. */
    @Transactional
    public String qrCode(String code) {
        QrCode qr = QrCode.encodeText(codeView(byCode(code)).joinUrl(), QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" role=\"img\" "
                + "shape-rendering=\"crispEdges\"><title>QR</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private Member named(Workshop w, UUID participantId, OffsetDateTime now) {
        Member m = members.of(w.id, participantId).filter(x -> x.active)
                .orElseThrow(() -> ProblemException.invalid("participantId", "is not a member of this workshop"));
        if (passes.validOf(m.id, now).isPresent()) {
            throw ProblemException.conflict("already-joined", "this member has joined on another device; "
                    + "the facilitator can revoke that pass, then you join again");
        }
        return m;
    }

    private Member freePlace(Workshop w, String municipality, OffsetDateTime now) {
        Set<UUID> seated = new HashSet<>(passes.seatedMembers(w.id, now));
        return members.ofWorkshop(w.id).stream()
                .filter(m -> m.active && m.displayName == null && municipality.equals(m.municipalityCode)
                        && !seated.contains(m.id))
                .findFirst().orElseThrow(() -> ProblemException.conflict("no-free-place",
                        "every member from municipality " + municipality + " has joined already"));
    }

    private WorkshopPass issue(Workshop w, PassKind kind, Member m, OffsetDateTime now) {
        WorkshopPass p = new WorkshopPass();
        p.id = UUID.randomUUID();
        p.workshopId = w.id;
        p.kind = kind;
        p.memberId = m == null ? null : m.id;
        p.issuedAt = now;
        p.expiresAt = now.plus(tokens.lifetime());
        passes.persist(p);
        return p;
    }

    private Workshop byCode(String code) {
        String normal = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return workshops.byJoinCode(normal).orElseThrow(() -> ProblemException.notFound("join code", code));
    }

    private JoinCodeView codeView(Workshop w) {
        return new JoinCodeView(w.id, w.joinCode, joinUrl + "?code=" + w.joinCode);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
