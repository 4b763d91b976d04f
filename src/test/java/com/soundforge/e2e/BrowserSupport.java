package com.soundforge.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium driven by Playwright; Playwright never downloads a browser of its own. A test class
 * registers one ({@code @RegisterExtension static final BrowserSupport browsers = new BrowserSupport();}) and gets
 * one browser for all its tests; elsewhere {@link #start} and {@link #close} run it by hand.
 */
public final class BrowserSupport implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public BrowserSupport start() {
        // pages of the dev-mode bundle can take several seconds to open on a busy 2-core machine
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--autoplay-policy=no-user-gesture-required")));
        return this;
    }

    public Browser browser() {
        return browser;
    }

    /** A fresh browser context (its own cookies: a separate session) signed in as the user. */
    public Page signIn(String baseUrl, String username, String password) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate("/login");
        page.locator("#vaadinLoginUsername input, input[name=username]").first().fill(username);
        page.locator("#vaadinLoginPassword input, input[name=password]").first().fill(password);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForSelector("#track-grid");
        return page;
    }

    @Override
    public void close() {
        if (playwright != null) {
            browser.close();
            playwright.close();
            playwright = null;
        }
    }
}
