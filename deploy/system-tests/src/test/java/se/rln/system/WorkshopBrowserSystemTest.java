package se.rln.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;

/**
 * The workshop front end in Debian's Chromium, through the gateway only: a facilitator's console
 * and three phones (375 px) run a workshop from SETUP to COMPLETED while the projector follows;
 * a rating reaches the projector within a second; a phone that is offline for ten seconds catches
 * up with Last-Event-ID; axe-core finds no serious or critical violation on any page; one phone
 * does its tasks by keyboard alone. Screenshots of every page at 375 and 1280 px are kept in
 * {@code target/screenshots}.
 */
class WorkshopBrowserSystemTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;
    private static String gateway;

    @BeforeAll
    static void aBrowser() throws Exception {
        gateway = Suite.gateway();
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(chromium())
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /**
     * Debian's Chromium (browsers cannot be downloaded here), installed from Debian's packages
     * when missing and the tests run as root, as on a fresh machine of this kind.
     */
    private static Path chromium() throws Exception {
        Path chromium = Path.of(System.getProperty("rln.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium) && "root".equals(System.getProperty("user.name"))) {
            Process install = new ProcessBuilder("sh", "-c", "apt-get install -y -q chromium || "
                    + "(apt-get update -q && apt-get install -y -q chromium)").inheritIO().start();
            assertEquals(0, install.waitFor(), "installing Debian's chromium");
        }
        assertTrue(Files.isExecutable(chromium), chromium + " is needed: apt-get install chromium");
        return chromium;
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private static Page page(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, width < 500 ? 800 : 900)
                .setLocale("sv-SE"));
        return context.newPage();
    }

    @Test
    void aFacilitatorAndThreePhonesRunAWorkshopFromSetupToCompletedWhileTheProjectorFollows() throws Exception {
        String subject = "facilitator-browser-" + UUID.randomUUID();
        String facilitator = TestTokens.facilitator(subject);
        String workshop = given().baseUri(gateway).header("Authorization", "Bearer " + facilitator).contentType(ContentType.JSON)
                .body(Map.of("title", "Scenariokorset i webbläsaren", "facilitators", List.of(subject), "dotBudget", 0))
                .post("/api/v1/workshops").then().statusCode(201).extract().path("id");
        for (String municipality : List.of("1280", "1281", "1283")) {
            given().baseUri(gateway).header("Authorization", "Bearer " + facilitator).contentType(ContentType.JSON)
                    .body(Map.of("participantId", UUID.randomUUID(), "municipalityCode", municipality))
                    .post("/api/v1/workshops/{id}/members", workshop).then().statusCode(200);
        }

        Page console = page(1280);
        console.navigate(gateway + "/workshop/#workshop=" + workshop + "&token=" + facilitator);
        assertThat(console.locator("#title")).hasText("Scenariokorset i webbläsaren");
        console.fill("#group-count", "1");
        console.click("#assign");
        assertThat(console.locator("[data-group] li")).hasCount(3);
        console.click("#open-join");
        String code = console.locator("#join-code").textContent().trim();
        console.click("#projector-link");
        String projectorUrl = console.locator("#projector-url").getAttribute("href");
        Page projector = page(1280);
        projector.navigate(projectorUrl);
        assertThat(projector.locator("#phase")).hasText("Förberedelse");

        List<Page> phones = new ArrayList<>();
        String[][] people = { { "Malmö", "Åsa" }, { "Lund", "Örjan" }, { "Helsingborg", "Märta" } };
        for (String[] person : people) {
            Page phone = page(375);
            phone.navigate(gateway + "/workshop/join.html?code=" + code);
            if (phones.isEmpty()) {
                assertThat(phone.locator("form")).isVisible();
                noSeriousViolations(phone);
                shoot("participant-join", phone);
            }
            phone.getByLabel(person[0], new Page.GetByLabelOptions().setExact(false)).check();
            phone.fill("#displayName", person[1]);
            phone.click("button[type=submit]");
            assertThat(phone.locator("main h2")).containsText("Grupp");
            phones.add(phone);
        }
        // a phone's pass counts in scenario-service only: the gateway refuses it elsewhere
        String pass = (String) phones.get(0).evaluate("JSON.parse(localStorage.getItem('rln.workshop.pass')).token");
        given().baseUri(gateway).header("Authorization", "Bearer " + pass).get("/api/v1/events").then().statusCode(401)
                .contentType("application/problem+json");
        given().baseUri(gateway).header("Authorization", "Bearer " + pass).get("/api/v1/workshops/{id}", workshop).then()
                .statusCode(200);
        Page keyboard = phones.get(2);
        List<String> streamsWithLastEventId = new CopyOnWriteArrayList<>();
        keyboard.onRequest(r -> {
            if (r.url().endsWith("/stream") && r.headers().containsKey("last-event-id")) {
                streamsWithLastEventId.add(r.headers().get("last-event-id"));
            }
        });
        shoot("console-setup", console);
        shoot("projector-setup", projector);
        shoot("participant-setup", phones.get(0));

        // the guard is shown: the group has no focal question yet
        next(console, "Fokusfråga");
        console.click("#next");
        assertThat(console.locator("#error")).containsText("focal question");
        // the facilitator types the timer's minutes while a phone saves: the live redraw keeps what is typed
        console.fill("#minutes", "12");
        phones.get(0).fill("#question", "Hur ser ledarskapet i socialtjänsten ut i Skåne år 2035?");
        phones.get(0).fill("#horizon", "2035");
        phones.get(0).click("button[type=submit]");
        saved(phones.get(0));
        assertThat(console.locator("[data-progress]").filter(new Locator.FilterOptions().setHasText("✓ Hur ser ledarskapet"))).hasCount(1);
        assertThat(console.locator("#minutes")).hasValue("12");

        // a timer every screen shows
        console.click("form.row button[type=submit]");
        assertThat(phones.get(1).locator("#timer")).containsText("Kvar: 1");
        assertThat(projector.locator("#timer")).containsText("Kvar: 1");

        next(console, "Drivkrafter");
        String[][] drivers = { { "Digitalisering av välfärden", "TECHNOLOGICAL" }, { "Kompetensförsörjning", "ECONOMIC" },
            { "Tillit mellan medborgare och myndighet", "SOCIAL" } };
        for (int i = 0; i < drivers.length; i++) {
            Page phone = phones.get(i);
            assertThat(phone.locator("#driverTitle")).isVisible();
            phone.fill("#driverTitle", drivers[i][0]);
            phone.selectOption("#category", drivers[i][1]);
            phone.click("form button[type=submit]");
        }
        for (Page phone : phones) {
            assertThat(phone.locator("#drivers li")).hasCount(3);
        }
        shoot("participant-drivers", phones.get(0));

        next(console, "Bedömning");
        assertThat(projector.locator("[data-ratings]")).hasText("0 bedömningar");
        rate(phones.get(0), 5, 4);
        // a rating reaches the projector within a second
        assertThat(projector.locator("[data-ratings]")).hasText("3 bedömningar", new LocatorAssertions.HasTextOptions().setTimeout(1000));
        rate(phones.get(1), 4, 2);
        rateByKeyboard(keyboard);
        assertThat(projector.locator("[data-ratings]")).hasText("9 bedömningar", new LocatorAssertions.HasTextOptions().setTimeout(1000));
        // the room rated blind: no scatter on the projector until the facilitator reveals it
        Locator scatter = projector.locator("img[data-picture=scatter]");
        assertThat(scatter).hasCount(0);
        console.click(".reveal");
        assertThat(scatter).hasCount(1);
        assertThat(scatter).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
        noSeriousViolations(keyboard);
        noSeriousViolations(console);
        shoot("participant-rating", keyboard);
        shoot("projector-rating", projector);

        next(console, "Axlar");
        console.click(".confirm-axes");
        assertThat(console.locator(".confirm-axes")).hasCount(0);
        assertThat(phones.get(0).locator("main li")).hasCount(2);

        // a phone loses its network for ten seconds while the room moves on, then catches up
        keyboard.context().setOffline(true);
        next(console, "Scenarier");
        keyboard.waitForTimeout(10_000);
        keyboard.context().setOffline(false);
        assertThat(keyboard.locator("#phase")).hasText("Scenarier", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertTrue(!streamsWithLastEventId.isEmpty(), "the phone reconnected its stream with Last-Event-ID");

        Page writer = phones.get(0);
        for (String q : List.of("NE", "NW", "SW", "SE")) {
            writer.fill("#n-" + q, "Scenario " + q);
            writer.fill("#t-" + q, "Berättelsen om " + q + ": chefer leder nära medborgarna.");
            writer.locator("form:has(#n-" + q + ") button[type=submit]").click();
            saved(writer);
            writer.waitForFunction("q => document.getElementById('n-' + q) && document.getElementById('n-' + q).value === 'Scenario ' + q", q);
        }
        shoot("participant-scenarios", writer);
        next(console, "Strategier");
        Page strategist = phones.get(1);
        strategist.fill("#strategyTitle", "Gemensam introduktion för nya chefer i regionen");
        strategist.click("form:has(#strategyTitle) button[type=submit]");
        assertThat(strategist.locator("form.card")).hasCount(1);
        strategist.locator("form.card button[type=submit]").click();
        saved(strategist);
        assertThat(projector.locator(".card h3")).containsText("Robusta strategier");
        assertThat(projector.locator(".card li")).containsText("Gemensam introduktion för nya chefer i regionen");

        next(console, "Avslutad");
        for (Page phone : phones) {
            assertThat(phone.locator("main")).containsText("Tack!");
        }
        assertThat(projector.locator(".card li")).containsText("Gemensam introduktion för nya chefer i regionen");
        shoot("console-completed", console);
        shoot("projector-completed", projector);
        shoot("participant-completed", phones.get(0));
        for (Page p : List.of(console, projector, phones.get(0))) {
            noSeriousViolations(p);
        }
        // the facilitator revokes a phone's pass: it stops counting at once
        String revoked = (String) keyboard.evaluate("JSON.parse(localStorage.getItem('rln.workshop.pass')).token");
        assertThat(console.locator("#passes li")).hasCount(3);
        console.locator("#passes li", new Page.LocatorOptions().setHasText("Märta")).locator("button").click();
        assertThat(console.locator("#passes li")).hasCount(2);
        given().baseUri(gateway).header("Authorization", "Bearer " + revoked).get("/api/v1/workshops/{id}", workshop).then()
                .statusCode(404);
    }

    /** The facilitator moves on; the console shows the new phase. */
    private static void next(Page console, String phase) {
        console.click("#next");
        assertThat(console.locator("#phase")).hasText(phase);
    }

    private static void rate(Page phone, int impact, int uncertainty) {
        Locator sets = phone.locator("form fieldset:has(legend):not(.scale)");
        assertThat(sets).hasCount(3);
        for (int i = 0; i < 3; i++) {
            Locator set = sets.nth(i);
            set.locator("fieldset.scale").nth(0).locator("input[value='" + impact + "']").check();
            set.locator("fieldset.scale").nth(1).locator("input[value='" + uncertainty + "']").check();
        }
        phone.click("form button[type=submit]");
        saved(phone);
    }

    /** Tab into each scale, the arrow keys to a value, Enter on the button: no mouse. */
    private static void rateByKeyboard(Page phone) {
        Locator radios = phone.locator("fieldset.scale");
        assertThat(radios).hasCount(6);
        radios.nth(0).locator("input").first().focus();
        for (int scale = 0; scale < 6; scale++) {
            // a radio group is one tab stop: the first arrow press selects the next value
            phone.keyboard().press("ArrowRight");
            phone.keyboard().press("ArrowRight");
            phone.keyboard().press("Tab");
        }
        assertEquals("BUTTON", phone.evaluate("document.activeElement.tagName"));
        phone.keyboard().press("Enter");
        saved(phone);
    }

    /** The page said it saved; otherwise the failure carries what the page showed as its error. */
    private static void saved(Page page) {
        try {
            assertThat(page.locator("#state")).hasText("Sparat");
        } catch (AssertionError e) {
            throw new AssertionError("not saved; the page says: " + page.locator("#error").textContent(), e);
        }
    }

    private static void noSeriousViolations(Page page) {
        List<Rule> bad = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(bad.isEmpty(), () -> page.url().replaceAll("token=[^&]+", "token=…") + ": " + bad.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp()).toList());
    }

    private static void shoot(String name, Page page) {
        var size = page.viewportSize();
        for (int width : new int[] { 375, 1280 }) {
            page.setViewportSize(width, width == 375 ? 800 : 900);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(size.width, size.height);
    }
}
