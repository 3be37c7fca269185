package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static io.rapport.application.DemoUsers.CARLA;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The browser app in headless Chromium against the running application, logging in on Keycloak's
 * own pages: a student's whole chat, a coach watching her student live, and a tenant admin's audit
 * log and report. Each test leaves screenshots under {@code target/screenshots/}.
 */
class BrowserIT extends RapportIT {

  private static final Set<String> ALLOWED_ORIGINS = ConcurrentHashMap.newKeySet();
  private static AppBrowser browser;

  @LocalServerPort private int port;

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

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private AppBrowser.Session open() {
    return browser.open(baseUrl(), 1280, 900);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void aStudentSchedulesPreparesMeetsAndThanks() {
    String contact = "Maya Chen " + UUID.randomUUID().toString().substring(0, 6);
    try (AppBrowser.Session ada = open().login("ada.student", "/")) {
      Page page = ada.page;
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/agenda$"));
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your agenda");
      ada.screenshot("student-agenda");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a relationship"))
          .first()
          .click();
      field(page, "Contact's name").fill(contact);
      field(page, "Company").fill("Acme");
      field(page, "Role").fill("Data Scientist");
      field(page, "How you met").fill("Alumni evening");
      button(page, "Start the relationship").click();
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText(contact);
      String relationshipPath = page.url().replace(baseUrl(), "");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule a chat"))
          .first()
          .click();
      field(page, "Duration (minutes)").fill("5");
      button(page, "Schedule the chat").click();
      Locator durationError = page.locator(".field-error[data-field=durationMinutes]");
      PlaywrightAssertions.assertThat(durationError).containsText("15 to 120 minutes");
      PlaywrightAssertions.assertThat(field(page, "Duration (minutes)"))
          .hasAttribute("aria-invalid", "true");
      ada.screenshot("student-schedule-problem");
      field(page, "Duration (minutes)").fill("40");
      field(page, "Setting").selectOption("COFFEE_SHOP");
      field(page, "Location").fill("Blue Bottle, Market St");
      field(page, "Purpose").fill("Learn how data teams work");
      button(page, "Schedule the chat").click();
      PlaywrightAssertions.assertThat(page.locator("h1"))
          .hasText("Informational interview with " + contact);

      field(page, "Topic").selectOption("RECENT_PROJECTS");
      field(page, "Research note").fill("Led the churn model rebuild");
      button(page, "Add the note").click();
      PlaywrightAssertions.assertThat(field(page, "Research notes"))
          .containsText("Led the churn model rebuild");
      field(page, "Question").fill("What do you enjoy most about your role?");
      button(page, "Add the question").click();
      PlaywrightAssertions.assertThat(field(page, "Prepared questions").locator("li.question"))
          .hasCount(1);
      field(page, "Question").fill("Is your team hiring right now?");
      button(page, "Add the question").click();
      Locator flagged = page.locator("li.question.flagged");
      PlaywrightAssertions.assertThat(flagged).containsText("Job opening");
      PlaywrightAssertions.assertThat(flagged).containsText("Closed question");
      PlaywrightAssertions.assertThat(flagged).containsText("yes or no");
      ada.screenshot("student-chat-preparation");

      field(page, "Held at").fill(localMinutesAgo(90));
      field(page, "How long it took (minutes)").fill("40");
      field(page, "Point 1").fill("Stakeholder maps");
      field(page, "Point 2").fill("How the team hires");
      field(page, "Point 3").fill("Reading list");
      field(page, "Insights").fill("Data teams live and die by their stakeholders");
      field(page, "Lead 1").fill("An unadvertised analyst role next quarter");
      button(page, "Log the meeting").click();
      PlaywrightAssertions.assertThat(field(page, "Points discussed"))
          .containsText("Stakeholder maps");
      PlaywrightAssertions.assertThat(page.locator(".deadline")).containsText("h left");

      field(page, "Stakeholder maps").check();
      field(page, "Message").fill("Thank you for your time and the advice on stakeholder maps.");
      button(page, "Record the thank-you").click();
      PlaywrightAssertions.assertThat(page.locator(".field-error[data-field=referencedPointIds]"))
          .containsText("two or three");
      field(page, "Reading list").check();
      button(page, "Record the thank-you").click();
      PlaywrightAssertions.assertThat(page.locator(".badge").filter(hasText("On time")))
          .isVisible();
      ada.screenshot("student-chat-thanked");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My timeline")).click();
      PlaywrightAssertions.assertThat(page.locator(".entry[data-type=ThankYouSent]").first())
          .containsText("thank-you to " + contact);
      ada.screenshot("student-timeline");

      ada.go(relationshipPath);
      PlaywrightAssertions.assertThat(page.locator(".entry[data-type=ThankYouSent]"))
          .containsText(contact);
      ada.screenshot("relationship-timeline");

      page.setViewportSize(390, 844);
      ada.go(relationshipPath);
      PlaywrightAssertions.assertThat(page.locator(".entry[data-type=ThankYouSent]")).isVisible();
      assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
          .as("no sideways scrolling on a phone")
          .isTrue();
      ada.screenshot("phone-relationship");

      assertThat(
              ada.consoleErrors(
                  "400 /api/v1/chats", // the refused duration, shown next to its field
                  "400 /thank-you", // the refused single point, shown next to the points
                  "404 /api/v1/chats/")) // the new chat, read before its read model has it
          .isEmpty();
    }
  }

  @Test
  void aCoachSeesHerStudentAndWatchesTheTimelineLive() {
    as("dan.admin")
        .put()
        .uri("/api/v1/students/{id}/coach", ADA)
        .bodyValue(Map.of("coachId", CARLA))
        .exchange()
        .expectStatus()
        .isNoContent();
    as("ada.student").get().uri("/api/v1/me").exchange().expectStatus().isOk();
    StudentJourney adaApi = new StudentJourney(as("ada.student"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String olga =
        adaApi.startRelationship("Overdue Olga " + UUID.randomUUID().toString().substring(0, 6));
    String held = adaApi.scheduleChat(olga, now.plus(1, ChronoUnit.DAYS), 30);
    adaApi.logMeeting(held, now.minus(30, ChronoUnit.HOURS), 30, "Stakeholder maps");
    String next = adaApi.scheduleChat(olga, now.plus(2, ChronoUnit.DAYS), 30);
    adaApi.created("/api/v1/chats/{id}/questions", Map.of("text", "What is the salary?"), next);

    try (AppBrowser.Session carla = open().login("carla.coach", "/")) {
      Page page = carla.page;
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
      Locator adaRow = page.locator("tr[data-student='" + ADA + "']");
      reloadUntilVisible(
          page, adaRow.filter(hasText("Overdue thank-you")).filter(hasText("Flagged questions")));
      PlaywrightAssertions.assertThat(adaRow).containsText("Ada Lovelace");
      carla.screenshot("coach-caseload");

      adaRow.getByRole(AriaRole.LINK).first().click();
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Ada Lovelace's timeline");
      PlaywrightAssertions.assertThat(page.locator(".entry").first()).isVisible();
      PlaywrightAssertions.assertThat(page.locator(".live")).containsText("streaming");

      String newcomer = "Live Lena " + UUID.randomUUID().toString().substring(0, 6);
      adaApi.startRelationship(newcomer);
      PlaywrightAssertions.assertThat(page.locator(".entry").filter(hasText(newcomer)))
          .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
      carla.screenshot("coach-student-timeline-live");

      field(page, "Relationship started").check();
      PlaywrightAssertions.assertThat(page.locator(".entry:not([data-type=RelationshipStarted])"))
          .hasCount(0);
      PlaywrightAssertions.assertThat(page.locator(".entry").filter(hasText(newcomer))).isVisible();
      button(page, "Clear filters").click();

      String note = "Try one question about career pivots " + UUID.randomUUID();
      field(page, "Coach note").fill(note);
      button(page, "Add the note").click();
      PlaywrightAssertions.assertThat(
              page.locator(".entry[data-type=CoachNoteAdded]").filter(hasText(note)))
          .isVisible();
      carla.screenshot("coach-note-added");

      assertThat(carla.consoleErrors()).isEmpty();
    }
  }

  @Test
  void aTenantAdminVerifiesTheAuditLogAndDownloadsTheReport() throws Exception {
    boolean auditServed =
        as("dan.admin")
                .get()
                .uri("/api/v1/audit/verify")
                .exchange()
                .returnResult(String.class)
                .getStatus()
            != HttpStatus.NOT_FOUND;

    try (AppBrowser.Session dan = open().login("dan.admin", "/audit")) {
      Page page = dan.page;
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Audit log");
      button(page, "Verify").click();
      if (auditServed) {
        // the page shows the server's verdict; whether the chain holds is AuditIT's to test
        Locator verdict = page.locator("[data-valid]");
        PlaywrightAssertions.assertThat(verdict).containsText("entries");
        Map<?, ?> server =
            as("dan.admin")
                .get()
                .uri("/api/v1/audit/verify")
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(verdict.getAttribute("data-valid"))
            .isEqualTo(String.valueOf(server.get("valid")));
        PlaywrightAssertions.assertThat(page.locator("table tbody tr").first()).isVisible();
      } else {
        PlaywrightAssertions.assertThat(page.locator("[data-state=audit-unavailable]"))
            .containsText("not available on this server yet");
        PlaywrightAssertions.assertThat(page.locator("[data-state=verify-unavailable]"))
            .isVisible();
      }
      dan.screenshot("admin-audit");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report").setExact(true))
          .click();
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Networking report");
      PlaywrightAssertions.assertThat(page.locator("figure.chart svg, .empty").first()).isVisible();
      Download download = page.waitForDownload(() -> button(page, "Download CSV").click());
      assertThat(download.suggestedFilename()).isEqualTo("networking-report.csv");
      Path csv = AppBrowser.SCREENSHOTS.resolve("networking-report.csv");
      download.saveAs(csv);
      assertThat(Files.readString(csv)).startsWith("cohort,kind,scheduled,held,thankYouSent");
      dan.screenshot("admin-report");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People")).click();
      PlaywrightAssertions.assertThat(page.locator("li.person[data-user='" + ADA + "']"))
          .containsText("Ada Lovelace");
      dan.screenshot("admin-people");

      assertThat(
              dan.consoleErrors(auditServed ? new String[0] : new String[] {"404 /api/v1/audit"}))
          .isEmpty();
    }
  }

  private static Locator field(Page page, String label) {
    return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  /** A page that does not poll shows the read model as it was: reloads until it catches up. */
  private static void reloadUntilVisible(Page page, Locator locator) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!locator.isVisible()) {
      assertThat(Instant.now()).as("%s to appear", locator).isBefore(deadline);
      page.reload();
      page.locator("main h1").waitFor();
      try {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(2_000));
      } catch (com.microsoft.playwright.TimeoutError notYet) {
        // the next reload asks again
      }
    }
  }

  /** A datetime-local value (the browser runs in UTC) some minutes ago. */
  private static String localMinutesAgo(int minutes) {
    return Instant.now().minus(Duration.ofMinutes(minutes)).toString().substring(0, 16);
  }
}
