package se.rln.participants.service;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.Completion;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.Participant;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.EnrolmentRepository;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.ParticipantRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * Attendance certificates as PDF: an HTML template ({@code certificate/certificate.html})
 * filled in and rendered by openhtmltopdf. Only for a person who completed the programme, and
 * only for that person, their municipality and admins.
 */
@ApplicationScoped
public class Certificates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    ParticipantRepository participants;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventSeatsRepository events;

    @Inject
    Completions completions;

    @Inject
    EnrolmentAccess access;

    @Inject
    RegistrationAccess registrationAccess;

    @Inject
    Municipalities municipalities;

    @Inject
    Caller caller;

    private final String template = template();

    /** The certificate of the enrolment's person; 409 until they have completed the programme. */
    @Transactional
    public byte[] pdf(UUID enrolmentId) {
        Enrolment e = enrolments.findById(enrolmentId);
        CohortSeats cohort = e == null ? null : cohorts.findById(e.cohortId);
        access.visible(cohort, e, enrolmentId);
        boolean person = caller.is(Roles.PARTICIPANT) && caller.participant().map(e.participantId::equals).orElse(false);
        if (!person && !registrationAccess.ownsPeopleOf(e.municipalityCode)) {
            throw ProblemException.forbidden("a certificate is downloaded by the person and their municipality");
        }
        Completion completion = completions.of(e, cohort);
        if (!completion.completed()) {
            throw ProblemException.conflict("not-completed", "the person attended " + completion.attendedDays() + " of the "
                    + completion.requiredDays() + " days the programme asks for");
        }
        Participant p = participants.findById(e.participantId);
        return render(fill(e, cohort, p, completion));
    }

    private String fill(Enrolment e, CohortSeats cohort, Participant p, Completion completion) {
        String days = registrations.ofEnrolment(e.id).stream().filter(r -> r.status == RegistrationStatus.ATTENDED)
                .map(r -> events.findById(r.eventId)).filter(java.util.Objects::nonNull)
                .map(day -> "<tr><td>" + escape(date(day)) + "</td><td>" + escape(day.title) + "</td></tr>")
                .collect(Collectors.joining("\n"));
        String municipality = municipalities.municipality(p.municipalityCode).map(Municipality::name)
                .map(n -> (p.title == null ? "" : ", ") + n + " kommun").orElse("");
        Map<String, String> values = Map.of(
                "{{name}}", escape(p.givenName + " " + p.familyName),
                "{{title}}", escape(p.title == null ? "" : p.title),
                "{{municipality}}", escape(municipality),
                "{{programme}}", escape(cohort.programmeTitle),
                "{{cohort}}", escape(cohort.name),
                "{{attended}}", Integer.toString(completion.attendedDays()),
                "{{total}}", Integer.toString(completion.totalDays()),
                "{{required}}", Integer.toString(completion.requiredDays()),
                "{{issued}}", escape(LocalDate.now(Times.STOCKHOLM).format(DAY)),
                "{{id}}", e.id.toString());
        String html = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            html = html.replace(v.getKey(), v.getValue());
        }
        return html.replace("{{days}}", days);
    }

    private static String date(EventSeats day) {
        return Times.local(day.startsAt).toLocalDate().format(DAY);
    }

    private static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = Certificates.class.getResourceAsStream("/certificate/certificate.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
