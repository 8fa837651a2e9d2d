package org.transferwatch.journey;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.transferwatch.security.Role;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.MovableClock;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.support.TransferWatchTest;

/**
 * A journey in a real headless Chromium (Debian's package) against the whole application on a random
 * port and a database of its own. Screenshots go to {@code target/screenshots}. What the browser
 * reports as an error (console errors, uncaught exceptions, Content Security Policy violations) is
 * collected in {@link #browserErrors}. Vaadin's development tools (Copilot) are off
 * (see {@link TransferWatchTest}): their overlay would catch the journeys' clicks.
 */
@TransferWatchTest
abstract class BrowserJourney {

    private static Playwright playwright;

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy securityContextHolderStrategy;

    BrowserContext context;

    Page page;

    final List<String> browserErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() {
        // A page's first load in development mode can take longer than the default five seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                // "Failed to load resource" says which resource only in its location.
                browserErrors.add(message.text().startsWith("Failed to load resource")
                        ? message.text() + ": " + message.location() : message.text());
            }
        });
        page.onPageError(error -> browserErrors.add(error));
    }

    BrowserContext newContext() {
        var newContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        newContext.setDefaultTimeout(20_000);
        // In development mode Vaadin's Copilot overlays the page and takes the pointer events of whatever lies
        // under it (buttons at the top right); journeys test the application, not the tool, so it is hidden.
        newContext.addInitScript("""
                document.addEventListener('DOMContentLoaded', () => {
                    const style = document.createElement('style');
                    style.textContent = 'copilot-main { display: none !important; }';
                    document.head.appendChild(style);
                });""");
        return newContext;
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /**
     * Runs {@code action} as the user in this journey's application. Each application context installs its own
     * security context holder strategy (Vaadin's) globally; when a journey class with a context of its own started
     * after this one, the global strategy is no longer the one this application's services read.
     */
    <T> T as(String username, Role role, Supplier<T> action) {
        var before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
        try {
            return Accounts.as(username, role, action);
        }
        finally {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void logIn(Page on, String username, String password) {
        on.navigate(url("/login"));
        on.locator("input[name=username]").fill(username);
        on.locator("input[name=password]").fill(password);
        on.locator("input[name=password]").press("Enter");
    }

    void logIn(String username) {
        logIn(page, username, TestDatabase.demoPassword());
        page.waitForSelector("#transfers-grid, #main-menu");
        dismissDevelopmentModeNotice(page);
    }

    /**
     * Vaadin's development mode greets each page load with a notice in the top right corner, over the
     * header's buttons (production mode has none): close it if it shows up.
     */
    void dismissDevelopmentModeNotice(Page on) {
        try {
            on.locator("copilot-notifications-container #dismiss").click(new Locator.ClickOptions().setTimeout(3_000));
        }
        catch (PlaywrightException noNotice) {
            // Not shown on this page load.
        }
    }

    /**
     * The whole page. The app layout scrolls its content area rather than the document, so a full-page
     * screenshot alone stops at the viewport: the view is scrolled to its top and the viewport stretched
     * to the view's height for the shot.
     */
    void screenshot(Page on, String name) {
        var viewport = on.viewportSize();
        var viewHeight = ((Number) on.evaluate("""
                () => {
                  const view = document.querySelector('vaadin-app-layout > :not([slot])');
                  if (!view) return 0;
                  view.scrollIntoView({block: 'start'});
                  return Math.ceil(view.getBoundingClientRect().top + view.scrollHeight);
                }""")).intValue();
        var stretched = viewport != null && viewHeight > viewport.height;
        if (stretched) {
            on.setViewportSize(viewport.width, Math.min(viewHeight + 16, 4000));
        }
        try {
            on.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
        }
        finally {
            if (stretched) {
                on.setViewportSize(viewport.width, viewport.height);
            }
        }
    }

    /**
     * A grid's rows as lists of cell texts: reads the cells through the slots of the grid's shadow rows, so each
     * row's cells stay together. Put in a function of the grid that returns null (keep waiting) until it is ready.
     */
    private static final String GRID_ROWS_OF = """
            grid => [...grid.shadowRoot.querySelectorAll('tbody#items > tr')]
              .filter(tr => !tr.hidden && !tr.hasAttribute('loading'))
              .map(tr => [...tr.querySelectorAll('td')].map(td => {
                const slot = td.querySelector('slot');
                return slot ? slot.assignedNodes({flatten: true}).map(n => n.textContent).join('').trim() : '';
              }))
              .filter(cells => cells.some(text => text !== ''))""";

    /**
     * The transfers grid's rows, once the grid has finished loading and shows as many rows as the count above it
     * says. The journeys' lists stay short enough for the grid to render every row.
     */
    static List<List<String>> gridRows(Page on) {
        return rows(on, """
                () => {
                  const grid = document.querySelector('#transfers-grid');
                  const count = document.querySelector('#transfer-count');
                  if (!grid || !count || grid.hasAttribute('loading')) return null;
                  const expected = parseInt(count.textContent.replace(/,/g, ''), 10);
                  if (isNaN(expected)) return null;
                  const rows = (%s)(grid);
                  return rows.length === expected ? rows : null;
                }""".formatted(GRID_ROWS_OF), null);
    }

    /** The rows of a grid that shows all its rows (as the pair page's lists do), once it shows at least one. */
    static List<List<String>> listGridRows(Page on, String id) {
        return rows(on, """
                id => {
                  const grid = document.getElementById(id);
                  if (!grid || grid.hasAttribute('loading')) return null;
                  const rows = (%s)(grid);
                  return rows.length > 0 ? rows : null;
                }""".formatted(GRID_ROWS_OF), id);
    }

    private static List<List<String>> rows(Page on, String function, Object argument) {
        @SuppressWarnings("unchecked")
        var rows = (List<List<String>>) on.waitForFunction(function, argument).jsonValue();
        return rows;
    }

}
