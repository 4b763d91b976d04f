package com.soundforge.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.soundforge.support.ApiClient;
import com.soundforge.support.AppProcess;
import com.soundforge.support.TestMusic;
import com.soundforge.support.ThrowAwayDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged production jar ({@code java -jar}, production frontend bundle) opened route by route in Chromium:
 * every page loads without a page error or console error, and every {@code vaadin-*}/{@code sfa-*} element in it
 * is a defined, upgraded custom element. Development-mode tests cannot see a component missing from the production
 * bundle; this one does. Runs in {@code integration-test}, after {@code package} made the jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionJarIT {

    private static final String ADMIN_PASSWORD = "production-jar-admin-password";
    /** What each page reported: uncaught exceptions (pageerror) and console errors (CSP violations among them). */
    private static final Map<Page, List<String>> ERRORS = new ConcurrentHashMap<>();

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @TempDir
    static Path home;

    private static ThrowAwayDatabase database;
    private static AppProcess app;
    private static String base;
    private static ApiClient api;
    private static String trackId;

    @BeforeAll
    static void startTheProductionJar() throws Exception {
        Path jar = Path.of(System.getProperty("sfa.production.jar", "target/sound-forge-alchemy.jar"));
        assertThat(jar).as("the packaged jar (run through `./mvnw verify`)").isRegularFile();
        database = new ThrowAwayDatabase();
        List<String> properties = new ArrayList<>(database.properties());
        properties.addAll(List.of(
                "--sfa.data-dir=" + home.resolve("data"),
                "--sfa.admin.username=admin",
                "--sfa.admin.password=" + ADMIN_PASSWORD,
                "--sfa.registration.enabled=true",
                "--logging.level.root=WARN",
                "--logging.level.com.soundforge=INFO"));
        app = AppProcess.ofJar(jar, properties);
        app.start(Duration.ofMinutes(3));
        base = "http://localhost:" + app.port();
        api = new ApiClient(app.port(), app.createApiKey("admin", ADMIN_PASSWORD));
        Path wav = TestMusic.writeMinorGroove(home.resolve("Prod Check - Groove.wav"), 120, 8);
        ApiClient.Answer uploaded =
                api.upload("/api/v1/tracks", wav, wav.getFileName().toString());
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
        trackId = uploaded.json().get("id").asString();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theDashboardListsTheTrack() {
        Page page = signedIn();
        openChecked(
                page,
                "/",
                p -> assertThat(p.locator("#track-grid vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions().setHasText("Groove"))
                                .first())
                        .isVisible());
    }

    @Test
    @Order(Order.DEFAULT + 1)
    void theTrackPageShowsPlayerChartsAndStemMixer() throws Exception {
        awaitPipeline();
        Page page = signedIn();
        openChecked(page, "/tracks/" + trackId, p -> {
            assertThat(p.locator("#track-player")).isVisible();
            assertThat(p.locator("#analysis-panel sfa-heatmap").first()).isVisible();
            assertThat(p.locator("#analysis-panel sfa-line-chart").first()).isVisible();
            assertThat(p.locator("#analysis-panel sfa-radar").first()).isVisible();
            assertThat(p.locator("#stem-mixer")).isVisible();
        });
    }

    @Test
    @Order(Order.DEFAULT + 1)
    void theAdminJobsPageListsThePipelineJobs() throws Exception {
        awaitPipeline();
        Page page = signedIn();
        openChecked(
                page,
                "/admin/jobs",
                p -> assertThat(p.locator("vaadin-grid vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions().setHasText("completed"))
                                .first())
                        .isVisible());
    }

    @Test
    void theDjConsoleAndASpectatorScreenRender() {
        Page dj = signedIn();
        openChecked(dj, "/dj", p -> {
            assertThat(p.locator("sfa-deck").first()).isVisible();
            assertThat(p.locator("sfa-mixer").first()).isVisible();
        });
        dj.locator("#dj-share-create").click();
        dj.waitForFunction("() => document.querySelector('#dj-share-url').value.startsWith('watch/')");
        String shareUrl = "/" + dj.locator("#dj-share-url").evaluate("e => e.value");
        assertNoErrors(dj, "/dj after creating a share link");

        Page spectator = anonymous();
        openChecked(
                spectator,
                shareUrl,
                p -> assertThat(p.locator("#spectator-watching")).hasText("watching: 1 person (1 screen)"));
    }

    @Test
    void theDawProjectListAndTheEditorRender() {
        Page page = signedIn();
        openChecked(page, "/daw", p -> assertThat(p.locator("#daw-create")).isVisible());
        page.locator("#daw-create").click();
        page.locator("#daw-name input").fill("Prod check project");
        page.locator("#daw-name-save").click();
        page.waitForURL(Pattern.compile(".*/daw/[0-9a-f-]{36}$"));
        openChecked(page, page.url().substring(base.length()), p -> {
            assertThat(p.locator("sfa-daw-editor")).isVisible();
            assertThat(p.locator("#daw-library-grid")).isVisible();
            p.locator("#daw-share").click();
            assertThat(p.locator("#daw-share-username")).isVisible();
            p.locator("#daw-share-role").click();
            p.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Viewer"))
                    .click();
            assertThat(p.locator("#daw-share-role [slot=value]")).hasText("Viewer");
            p.locator("#daw-share-username input").fill("nobody-" + System.nanoTime());
            p.locator("#daw-share-add").click();
            assertThat(p.locator("#daw-share-username [slot=error-message]")).containsText("There is no user named");
        });
    }

    @Test
    void theLoginAndRegistrationPagesWork() {
        Page page = anonymous();
        openChecked(
                page,
                "/login",
                p -> assertThat(p.locator("vaadin-login-form input[name=username]"))
                        .isVisible());
        openChecked(page, "/register", p -> {
            p.locator("vaadin-text-field input").fill("prodcheck");
            p.locator("vaadin-password-field input").nth(0).fill("a-long-enough-password");
            p.locator("vaadin-password-field input").nth(1).fill("a-long-enough-password");
            p.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create account"))
                    .click();
            assertThat(p.getByText("Account created. You can sign in now.")).isVisible();
        });
    }

    @Test
    void theSettingsPageShowsNewKeysInTheGridAndTheSeparationChoices() {
        Page page = signedIn();
        openChecked(page, "/settings", p -> {
            p.locator("#api-key-name input").fill("laptop CLI");
            p.locator("#create-api-key").click();
            assertThat(p.locator("#new-api-key input")).hasValue(Pattern.compile("^sfa_.+"));
            assertThat(p.locator("#api-key-grid vaadin-grid-cell-content")
                            .filter(new Locator.FilterOptions().setHasText("laptop CLI"))
                            .first())
                    .isVisible();
            assertThat(p.locator("#separation-engine vaadin-radio-button")).hasCount(2);
            assertThat(p.locator("#separation-engine vaadin-radio-button[checked]"))
                    .hasText("SFA (built in)");
            assertThat(p.locator("#demucs-model [slot=value]")).hasText("htdemucs");
        });
    }

    /** Opens the route and checks it is healthy, then again after the route's own check used its components. */
    private static void openChecked(Page page, String route, Consumer<Page> check) {
        page.navigate(route);
        assertHealthy(page, route);
        check.accept(page);
        assertHealthy(page, route);
    }

    /** Once Flow is idle: no page error, no console error, and no vaadin-* or sfa-* element left raw. */
    private static void assertHealthy(Page page, String route) {
        awaitFlowIdle(page);
        assertNoErrors(page, route);
        assertThat(undefinedComponents(page))
                .as("components not defined on %s", route)
                .isEmpty();
    }

    private static void assertNoErrors(Page page, String where) {
        assertThat(ERRORS.get(page))
                .as("page errors and console errors on %s (server log:%n%s)", where, serverLog())
                .isEmpty();
    }

    private static Page watched(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        ERRORS.put(page, errors);
        page.onPageError(error -> errors.add("pageerror: " + error));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add("console error: " + message.text() + " at " + message.location());
            }
        });
        return page;
    }

    private static Page signedIn() {
        return watched(browsers.signIn(base, "admin", ADMIN_PASSWORD));
    }

    private static Page anonymous() {
        BrowserContext context = browsers.browser().newContext(new Browser.NewContextOptions().setBaseURL(base));
        context.setDefaultTimeout(30_000);
        return watched(context.newPage());
    }

    /**
     * Every vaadin-* and sfa-* element, also inside shadow roots, whose tag has no definition or is not upgraded.
     * The grid's cell wrappers are plain elements by design (never defined), so they do not count.
     */
    private static List<String> undefinedComponents(Page page) {
        @SuppressWarnings("unchecked")
        List<String> undefined = (List<String>) page.evaluate("""
                () => {
                  const found = new Set();
                  // plain containers Vaadin creates and never defines as custom elements
                  const containers = ['vaadin-grid-cell-content', 'vaadin-dialog-content'];
                  const visit = root => root.querySelectorAll('*').forEach(element => {
                    const tag = element.localName;
                    if ((tag.startsWith('vaadin-') || tag.startsWith('sfa-')) && !containers.includes(tag)
                        && (!customElements.get(tag) || !element.matches(':defined'))) {
                      found.add(tag + (element.id ? '#' + element.id : '') + ' "'
                          + element.textContent.trim().slice(0, 60) + '"');
                    }
                    if (element.shadowRoot) {
                      visit(element.shadowRoot);
                    }
                  });
                  visit(document);
                  return [...found];
                }""");
        return undefined;
    }

    private static void awaitFlowIdle(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.keys(window.Vaadin.Flow.clients).length > 0
                    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""");
    }

    private static String serverLog() {
        List<String> lines = app.output();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The pipeline of the uploaded track works while the tests that do not need its results run first. */
    private static void awaitPipeline() throws Exception {
        api.awaitOk("/api/v1/tracks/" + trackId + "/analysis", Duration.ofMinutes(3));
        api.awaitOk("/api/v1/tracks/" + trackId + "/stems", Duration.ofMinutes(3));
    }
}
