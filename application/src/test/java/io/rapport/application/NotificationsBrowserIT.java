package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.rapport.command.app.nudge.NudgeDispatcher;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Nudges in headless Chromium: a student's (of a tenant of her own) bell counts a new reminder the
 * moment it is sent, the notifications page shows it and marks it read, and her notification
 * settings save; a tenant admin reads the nudge report as a chart and a table. Screenshots go to
 * {@code target/screenshots/}.
 */
class NotificationsBrowserIT extends RapportIT {

  private static final Set<String> ALLOWED_ORIGINS = ConcurrentHashMap.newKeySet();
  private static final LocatorAssertions.IsVisibleOptions LONG =
      new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
  private static AppBrowser browser;

  @LocalServerPort private int port;
  @Autowired NudgeDispatcher dispatcher;

  @BeforeAll
  static void launchChromium() {
    browser = AppBrowser.launch();
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The app runs on a random port: Keycloak's client must accept it as a redirect and origin. */
  @BeforeEach
  void allowThisOrigin() {
    if (ALLOWED_ORIGINS.add(baseUrl())) {
      new KeycloakAdmin(INFRA).allowOrigin("rapport-web", baseUrl());
    }
  }

  @Test
  void aStudentSeesAReminderArriveReadsItAndSavesHerSettings() {
    // a tenant of her own: no other test's reminders are due with hers
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String tenant = "notify-" + tag;
    String username = "nell." + tag;
    as("pat.platform")
        .post()
        .uri("/api/v1/tenants")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("tenantId", tenant, "name", "Notify " + tag, "kind", "BOOTCAMP"))
        .exchange()
        .expectStatus()
        .isCreated();
    new KeycloakAdmin(INFRA).addMember(tenant, username, "student");
    StudentJourney nell = new StudentJourney(as(username));
    // at whatever hour the test runs, the reminder is not held back by quiet hours
    nell.put(
        "/api/v1/me/notification-settings",
        Map.of(
            "email",
            true,
            "inApp",
            true,
            "rules",
            Map.of(),
            "timeZone",
            "Europe/Paris",
            "quietHours",
            Map.of("from", "00:00", "to", "00:00")));
    String contact = "Browser Bea " + UUID.randomUUID().toString().substring(0, 6);
    String title = "Prepare for your chat with " + contact;

    try (AppBrowser.Session session = open().login(username, "/notifications")) {
      Page page = session.page;
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Notifications");
      Locator bell = page.locator("a.bell");
      PlaywrightAssertions.assertThat(bell).isVisible();
      String before = bell.getAttribute("aria-label");

      // a chat tomorrow morning with nothing prepared: the reminder is due at once
      String relationship = nell.startRelationship(contact);
      nell.scheduleChat(relationship, Instant.now().plus(20, ChronoUnit.HOURS), 30);
      // Playwright's page is the test thread's: polled there
      await()
          .pollInSameThread()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                dispatcher.sendDueOf(tenant);
                return page.locator("li.notification.unread").filter(filter(title)).count() == 1;
              });
      Locator reminder = page.locator("li.notification.unread").filter(filter(title));
      PlaywrightAssertions.assertThat(reminder).containsText("Add a research note");
      PlaywrightAssertions.assertThat(bell)
          .hasAttribute("aria-label", Pattern.compile("Notifications, \\d+ unread"));
      assertThat(bell.getAttribute("aria-label")).isNotEqualTo(before);
      session.screenshot("notifications-new");

      reminder
          .getByRole(
              AriaRole.BUTTON,
              new Locator.GetByRoleOptions().setName("Mark \"" + title + "\" as read"))
          .click();
      PlaywrightAssertions.assertThat(page.locator("li.notification").filter(filter(title)))
          .not()
          .hasClass(Pattern.compile("unread"));
      session.screenshot("notifications-read");

      session.go("/notification-settings");
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Notification settings");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings"))
          .click();
      PlaywrightAssertions.assertThat(page.locator(".notice"))
          .hasText(
              "Your notification settings are saved.",
              new LocatorAssertions.HasTextOptions().setTimeout(30_000));
      session.screenshot("notification-settings");
      assertThat(session.consoleErrors()).isEmpty();
    }
  }

  @Test
  void aTenantAdminReadsTheNudgeReport() {
    try (AppBrowser.Session session = open().login("dan.admin", "/nudge-report")) {
      Page page = session.page;
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Nudge report");
      Locator table = page.locator("table.nudges");
      PlaywrightAssertions.assertThat(table).isVisible(LONG);
      PlaywrightAssertions.assertThat(table.locator("tbody tr")).hasCount(6);
      PlaywrightAssertions.assertThat(page.locator("svg").first()).isVisible();
      session.screenshot("nudge-report");
      assertThat(session.consoleErrors()).isEmpty();
    }
  }

  private static Locator.FilterOptions filter(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private AppBrowser.Session open() {
    return browser.open(baseUrl(), 1280, 900);
  }
}
