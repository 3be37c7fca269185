package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.rapport.infra.testkit.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's headless Chromium, driven by Playwright, on the application under test. Playwright
 * downloads no browser of its own: it is told to skip that, and launches {@code /usr/bin/chromium}.
 * Without that Chromium the browser tests fail, and say how to install it.
 */
final class AppBrowser implements AutoCloseable {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  /**
   * A click on Keycloak's sign-in button waits for the navigation it starts: the first sign-in to a
   * realm (or through a broker to another) can take Keycloak longer than the default under load.
   */
  static final Locator.ClickOptions SIGN_IN = new Locator.ClickOptions().setTimeout(60_000);

  private final Playwright playwright;
  private final Browser browser;

  private AppBrowser(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static AppBrowser launch() {
    assertThat(Files.isExecutable(CHROMIUM))
        .as(
            "The browser tests need Debian's Chromium at %s. Install it with: "
                + "apt-get update && apt-get install -y chromium",
            CHROMIUM)
        .isTrue();
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    return new AppBrowser(playwright, browser);
  }

  /** A fresh browser session (no cookies, no tokens) of the app at {@code baseUrl}. */
  Session open(String baseUrl, int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setAcceptDownloads(true)
                .setLocale("en-GB")
                .setTimezoneId("UTC"));
    context.setDefaultTimeout(20_000);
    return new Session(baseUrl, context, context.newPage());
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }

  /** One user's tab: logs in through Keycloak's pages, keeps the app's console errors. */
  static final class Session implements AutoCloseable {

    private final String baseUrl;
    private final BrowserContext context;
    final Page page;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    private Session(String baseUrl, BrowserContext context, Page page) {
      this.baseUrl = baseUrl;
      this.context = context;
      this.page = page;
      page.onConsoleMessage(
          message -> {
            if ("error".equals(message.type()) && onApp()) {
              consoleErrors.add(message.text() + " at " + message.location());
            }
          });
      page.onPageError(error -> consoleErrors.add("uncaught: " + error));
    }

    private boolean onApp() {
      return page.url().startsWith(baseUrl);
    }

    /**
     * Opens the app at {@code path} and logs in on Keycloak's pages, which (with organizations on)
     * ask for the username first and the password on a second page.
     */
    Session login(String username, String path) {
      page.navigate(baseUrl + path);
      Locator user = page.locator("#username");
      user.waitFor();
      user.fill(username);
      Locator password = page.locator("#password");
      if (!password.isVisible()) {
        page.locator("#kc-login").click(AppBrowser.SIGN_IN);
        password.waitFor();
      }
      password.fill(TestInfrastructure.DEMO_PASSWORD);
      page.locator("#kc-login").click(AppBrowser.SIGN_IN);
      page.waitForURL(url -> url.startsWith(baseUrl) && !url.contains("/signed-in"));
      page.locator("header.top .user-name").waitFor();
      return this;
    }

    void go(String path) {
      page.navigate(baseUrl + path);
    }

    void screenshot(String name) {
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve(name + ".png"))
              .setFullPage(true));
    }

    /**
     * The console errors of the app's pages. Chromium also reports each HTTP error status as a
     * console error ("Failed to load resource"); those the test expects the app to meet and handle
     * are left out, each given as status and a part of the URL, e.g. {@code "404
     * /timeline/stream"}.
     */
    List<String> consoleErrors(String... expectedFailedLoads) {
      return consoleErrors.stream()
          .filter(
              error ->
                  !(error.startsWith("Failed to load resource")
                      && List.of(expectedFailedLoads).stream()
                          .map(expected -> expected.split(" ", 2))
                          .anyMatch(
                              expected ->
                                  error.contains("status of " + expected[0] + " ")
                                      && error.contains(expected[1]))))
          .toList();
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
