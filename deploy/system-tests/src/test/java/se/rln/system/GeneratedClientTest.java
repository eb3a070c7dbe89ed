package se.rln.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.client.ApiClient;
import se.rln.client.api.AgendaApi;
import se.rln.client.api.ChangeFeedApi;
import se.rln.client.api.EventsApi;
import se.rln.client.api.GroupsApi;
import se.rln.client.api.OrganisationsApi;
import se.rln.client.api.RegistrationsApi;
import se.rln.client.api.RosterSyncApi;
import se.rln.client.api.WorkshopsApi;
import se.rln.client.model.ChangePage;
import se.rln.client.model.Event;
import se.rln.client.model.EventRequest;
import se.rln.client.model.GroupInput;
import se.rln.client.model.ManagerLevel;
import se.rln.client.model.Organisation;
import se.rln.client.model.OrganisationKind;
import se.rln.client.model.OrganisationRequest;
import se.rln.client.model.ParticipantInput;
import se.rln.client.model.Phase;
import se.rln.client.model.PhaseChange;
import se.rln.client.model.Registration;
import se.rln.client.model.RegistrationRequest;
import se.rln.client.model.RegistrationStatus;
import se.rln.client.model.RosterResult;
import se.rln.client.model.SessionKind;
import se.rln.client.model.SessionRequest;
import se.rln.client.model.Workshop;
import se.rln.commons.testing.TestTokens;

/**
 * The Skåne day's main calls, made by a Java client generated from the gateway's merged
 * OpenAPI document (openapi-generator, java/native), as a municipal integrator would build one:
 * create and publish the day, register a manager, sync a roster, read the statistics and the
 * change feed, run a workshop phase. Every call is typed by the document; none is hand-written.
 */
class GeneratedClientTest {

    private static ApiClient client(String gateway, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void theSkaneDaysMainCallsWorkFromAGeneratedClient() throws Exception {
        String gateway = Suite.gateway();
        String suffix = " " + UUID.randomUUID().toString().substring(0, 8);
        OrganisationsApi organisations = new OrganisationsApi(client(gateway, TestTokens.admin()));
        Organisation fss = organisations.createOrganisation(new OrganisationRequest().name("FSS region Skåne" + suffix)
                .kind(OrganisationKind.ASSOCIATION), null);
        Organisation kfsk = organisations.createOrganisation(new OrganisationRequest().name("Kommunförbundet Skåne" + suffix)
                .kind(OrganisationKind.ASSOCIATION), null);
        ApiClient coordinator = client(gateway, TestTokens.coordinator(fss.getId()));

        OffsetDateTime day = OffsetDateTime.now().plusMonths(2).truncatedTo(ChronoUnit.DAYS).plusHours(8);
        EventsApi events = new EventsApi(coordinator);
        Event created = events.createEvent(new EventRequest().title("Mobilisera för framtiden – ledarskapets betydelse")
                .hostOrganisationId(fss.getId()).coHostOrganisationIds(List.of(kfsk.getId())).regionCode("12")
                .startsAt(day).endsAt(day.plusHours(7)).capacity(60), "generated-" + UUID.randomUUID());
        new AgendaApi(coordinator).createEventSession(created.getId(), new SessionRequest()
                .kind(SessionKind.SCENARIO_CROSS_WORKSHOP).title("Scenariokorset: framtidens socialtjänst")
                .startsAt(day.plusHours(4)).endsAt(day.plusHours(6)), null);
        Event published = events.publishEvent(created.getId(), null);
        assertEquals("PUBLISHED", published.getStatus().getValue());

        // Malmö's HR system registers one manager, then syncs its whole list (a semicolon CSV with BOM)
        ApiClient malmo = client(gateway, TestTokens.municipality("1280"));
        RegistrationsApi registrations = new RegistrationsApi(malmo);
        Registration annika = Awaitility.await("participants-service knows the day").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> registrations.registerParticipant(
                        created.getId(), new RegistrationRequest().participant(new ParticipantInput().externalId("HR-1")
                                .givenName("Annika").familyName("Lindqvist").email("annika.lindqvist" + suffix.trim()
                                        + "@malmo.se").title("Enhetschef").managerLevel(ManagerLevel.FIRST_LINE)
                                .municipalityCode("1280")), null), r -> r != null);
        assertEquals(RegistrationStatus.CONFIRMED, annika.getStatus());
        String csv = "\uFEFFexternalId;givenName;familyName;email;title;managerLevel\r\n"
                + "HR-1;Annika;Lindqvist;annika.lindqvist" + suffix.trim() + "@malmo.se;Enhetschef;FIRST_LINE\r\n"
                + "HR-2;Örjan;Åkesson;orjan.akesson" + suffix.trim() + "@malmo.se;Områdeschef;MIDDLE\r\n";
        RosterResult roster = new RosterSyncApi(malmo).syncMunicipalityRoster("1280", created.getId(), csv, false);
        assertEquals(1, roster.getSummary().getAdded());
        assertEquals(1, roster.getSummary().getUnchanged());

        // the statistics converge; the change feed has both
        Awaitility.await("statistics at two confirmed").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> events.getEventStatistics(created.getId()).getConfirmed() == 2);
        // (the feed is Malmö's whole history: other tests' changes come first, so it is read to its end)
        ChangeFeedApi feed = new ChangeFeedApi(malmo);
        long ofTheDay = 0;
        String cursor = null;
        ChangePage changes;
        do {
            changes = feed.listMunicipalityChanges("1280", cursor, "1000");
            ofTheDay += changes.getItems().stream().filter(c -> created.getId().equals(c.getEventId())).count();
            cursor = changes.getCursor();
        } while (Boolean.TRUE.equals(changes.getMore()));
        assertTrue(ofTheDay >= 2, "changes of the day in Malmö's feed: " + ofTheDay);

        // the day's workshop, run one phase on by its organisers' coordinator
        WorkshopsApi workshops = new WorkshopsApi(coordinator);
        Workshop workshop = Awaitility.await("the day's workshop").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> workshops.listWorkshops(null, created.getId().toString(), null).getItems(), l -> l.size() == 1)
                .get(0);
        new GroupsApi(coordinator).createGroup(workshop.getId(), new GroupInput().name("Grupp 1"));
        Workshop advanced = workshops.advanceWorkshopPhase(workshop.getId(), new PhaseChange().phase(Phase.FOCAL_QUESTION));
        assertEquals(Phase.FOCAL_QUESTION, advanced.getPhase());
    }
}
