package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.rapport.infra.testkit.KeycloakAdmin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/**
 * The pages that bring people in and set policies, in headless Chromium on Keycloak's own login
 * pages: a tenant admin invites a member, tries a roster and imports it, deactivates and
 * reactivates someone, and saves the tenant's policies; one whose tenant has no identity provider
 * is offered the form to link one, and shows its refusals; platform staff onboard a tenant and set
 * its thank-you window. Every run uses new e-mail addresses and tenant ids, as the test Keycloak is
 * shared by the suite. Screenshots go to {@code target/screenshots/}.
 */
class MembersBrowserIT extends RapportIT {

  private static final Set<String> ALLOWED_ORIGINS = ConcurrentHashMap.newKeySet();
  private static final Duration PROJECTED = Duration.ofSeconds(30);
  private static final LocatorAssertions.IsVisibleOptions LONG =
      new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
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

  @Test
  void aTenantAdminInvitesImportsARosterAndSavesThePolicies() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String invitee = "iris." + tag + "@northfield.example";
    Path roster = Files.createTempFile("roster-" + tag, ".csv");
    Files.writeString(
        roster,
        "email,firstName,lastName,role,cohort,coachEmail\n"
            + ("rory.%s@northfield.example,Rory,Roster,STUDENT,Spring %s,"
                    + "carla.coach@northfield.example\n")
                .formatted(tag, tag)
            + "rae.%s@northfield.example,Rae,Roster,COACH,,\n".formatted(tag)
            + "not-an-address,Bad,Row,STUDENT,,\n");
    Map<?, ?> policies =
        as("dan.admin")
            .get()
            .uri("/api/v1/tenant/settings")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();

    try (AppBrowser.Session dan = open().login("dan.admin", "/members")) {
      Page page = dan.page;
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Members");

      Locator invite = panel(page, "Invite a member");
      invite.locator("summary").click();
      field(invite, "E-mail").fill("not-an-address");
      field(invite, "First name").fill("Iris");
      field(invite, "Last name").fill("Invited " + tag);
      button(invite, "Invite").click();
      PlaywrightAssertions.assertThat(invite.locator(".field-error[data-field=email]")).isVisible();
      PlaywrightAssertions.assertThat(field(invite, "E-mail")).hasAttribute("aria-invalid", "true");
      dan.screenshot("members-invite-problem");
      field(invite, "E-mail").fill(invitee);
      field(invite, "Cohort").fill("Spring " + tag);
      field(invite, "Coach's e-mail").fill("carla.coach@northfield.example");
      button(invite, "Invite").click();
      PlaywrightAssertions.assertThat(page.locator(".notice").first()).containsText("is invited");
      Locator iris = member(page, invitee);
      // her cohort is her student record's, which may be read a moment after her account
      searchUntilVisible(
          page, tag, iris.filter(new Locator.FilterOptions().setHasText("Spring " + tag)));
      PlaywrightAssertions.assertThat(iris).containsText("Invited");
      PlaywrightAssertions.assertThat(iris).containsText("Spring " + tag);
      dan.screenshot("members-invited");

      Locator imports = panel(page, "Import a roster");
      imports.locator("summary").click();
      field(imports, "CSV file").setInputFiles(roster);
      PlaywrightAssertions.assertThat(field(imports, "Roster"))
          .hasValue(Pattern.compile("^email,"));
      button(imports, "Try it (dry run)").click();
      Locator trial = page.locator("section.import-result[data-dry-run=true][data-state=DONE]");
      PlaywrightAssertions.assertThat(trial).isVisible(LONG);
      PlaywrightAssertions.assertThat(trial.locator("[data-count=rows]")).hasText("3");
      PlaywrightAssertions.assertThat(trial.locator("[data-count=created]")).hasText("2");
      PlaywrightAssertions.assertThat(trial.locator("[data-count=failed]")).hasText("1");
      PlaywrightAssertions.assertThat(trial.locator("tr[data-row='3']")).containsText("E-mail");
      dan.screenshot("members-import-dry-run");

      button(imports, "Import for real").click();
      Locator done = page.locator("section.import-result[data-dry-run=false][data-state=DONE]");
      PlaywrightAssertions.assertThat(done).isVisible(LONG);
      PlaywrightAssertions.assertThat(done).containsText("Done");
      PlaywrightAssertions.assertThat(done.locator("[data-count=created]")).hasText("2");
      PlaywrightAssertions.assertThat(done.locator("[data-count=failed]")).hasText("1");
      Locator rory = member(page, "rory." + tag + "@northfield.example");
      searchUntilVisible(page, tag, rory);
      PlaywrightAssertions.assertThat(rory).containsText("Spring " + tag);
      PlaywrightAssertions.assertThat(member(page, "rae." + tag + "@northfield.example"))
          .containsText("Coach");
      dan.screenshot("members-imported");

      iris.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate Iris"))
          .click();
      button(iris, "Yes, deactivate").click();
      PlaywrightAssertions.assertThat(iris).hasAttribute("data-status", "DEACTIVATED");
      dan.screenshot("members-deactivated");
      iris.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reactivate Iris"))
          .click();
      PlaywrightAssertions.assertThat(iris).hasAttribute("data-status", "INVITED");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings").setExact(true))
          .click();
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Settings");
      Locator window = page.getByLabel("Thank-you window (hours)");
      PlaywrightAssertions.assertThat(window)
          .hasValue(String.valueOf(policies.get("thankYouWindowHours")));
      window.fill("100");
      button(page.locator("main"), "Save the policies").click();
      PlaywrightAssertions.assertThat(page.locator(".field-error[data-field=thankYouWindowHours]"))
          .isVisible();
      dan.screenshot("settings-problem");
      // the tenant's policies are shared by the suite: saved as they were
      window.fill(String.valueOf(policies.get("thankYouWindowHours")));
      button(page.locator("main"), "Save the policies").click();
      PlaywrightAssertions.assertThat(page.locator(".notice")).hasText("The policies are saved.");
      PlaywrightAssertions.assertThat(page.locator(".field-error")).hasCount(0);
      dan.screenshot("settings-saved");

      assertThat(
              dan.consoleErrors(
                  "400 /api/v1/members", // the invitation without an address, shown by its field
                  "404 /api/v1/members/imports/", // an import asked after before it is projected
                  "400 /api/v1/tenant/settings")) // the window out of bounds, shown by its field
          .isEmpty();
    } finally {
      Files.deleteIfExists(roster);
    }
  }

  /**
   * Southside has no identity provider: its admin is offered the form, and an address that is not
   * https shows the API's refusal by its field. (Nothing is linked: the test Keycloak is shared.)
   */
  @Test
  void aTenantAdminWithoutAnIdentityProviderIsOfferedTheFormAndItsRefusals() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (AppBrowser.Session gia = open().login("gia.admin", "/settings")) {
      Page page = gia.page;
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Settings");
      Locator section =
          page.getByRole(
              AriaRole.REGION,
              new Page.GetByRoleOptions().setName("Sign-in through your institution"));
      Locator form =
          section.getByRole(
              AriaRole.FORM, new Locator.GetByRoleOptions().setName("Link an identity provider"));
      PlaywrightAssertions.assertThat(form).isVisible();
      PlaywrightAssertions.assertThat(section).containsText("joins as a student");
      PlaywrightAssertions.assertThat(field(form, "Kind")).hasValue("OIDC");

      field(form, "Issuer").fill("http://example.com/realms/" + tag);
      field(form, "Client id").fill("rapport-" + tag);
      field(form, "Client secret").fill("not-a-secret-" + tag);
      field(form, "E-mail domains").fill("sso-" + tag + ".southside.example");
      button(form, "Link the identity provider").click();
      PlaywrightAssertions.assertThat(form.locator(".field-error[data-field=issuer]"))
          .containsText("https");
      PlaywrightAssertions.assertThat(field(form, "Issuer")).hasAttribute("aria-invalid", "true");
      PlaywrightAssertions.assertThat(field(form, "E-mail domains"))
          .hasAttribute("aria-invalid", "false");
      gia.screenshot("settings-identity-provider-problem");

      assertThat(
              gia.consoleErrors(
                  "404 /api/v1/tenant/identity-provider", // none linked: the form is offered
                  "400 /api/v1/tenant/identity-provider")) // the http issuer, shown by its field
          .isEmpty();
    }
  }

  @Test
  void platformStaffOnboardATenantAndSetItsThankYouWindow() {
    String tenantId = "t-" + UUID.randomUUID().toString().substring(0, 8);
    try (AppBrowser.Session pat = open().login("pat.platform", "/")) {
      Page page = pat.page;
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/tenants$"));
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tenants");
      PlaywrightAssertions.assertThat(page.locator("tr[data-tenant=northfield-university]"))
          .containsText("Not through Rapport");
      pat.screenshot("tenants");

      Locator onboard = panel(page, "Onboard a tenant");
      onboard.locator("summary").click();
      field(onboard, "Tenant id").fill(tenantId);
      field(onboard, "Name").fill("Browser Bootcamp " + tenantId);
      field(onboard, "Kind").selectOption("BOOTCAMP");
      field(onboard, "Thank-you window (hours)").fill("48");
      button(onboard, "Onboard").click();
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/tenants/" + tenantId + "$"));
      PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Browser Bootcamp " + tenantId);
      PlaywrightAssertions.assertThat(page.getByLabel("Hours after a meeting")).hasValue("48");

      page.getByLabel("Hours after a meeting").fill("36");
      button(page.locator("main"), "Save the window").click();
      PlaywrightAssertions.assertThat(page.locator(".notice"))
          .hasText("The thank-you window is saved.");
      PlaywrightAssertions.assertThat(page.locator("[data-field=thankYouWindowHours]"))
          .hasText("36 hours");
      pat.screenshot("tenant-window-saved");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All tenants")).click();
      PlaywrightAssertions.assertThat(page.locator("tr[data-tenant=" + tenantId + "]"))
          .containsText("36 h");
      assertThat(pat.consoleErrors("404 /api/v1/tenants/" + tenantId)).isEmpty();
    }
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private AppBrowser.Session open() {
    return browser.open(baseUrl(), 1280, 900);
  }

  /** A collapsible panel of the page, by the title on its summary. */
  private static Locator panel(Page page, String title) {
    Locator summary = page.locator("summary").filter(new Locator.FilterOptions().setHasText(title));
    return page.locator("details.action").filter(new Locator.FilterOptions().setHas(summary));
  }

  private static Locator member(Page page, String email) {
    return page.locator("tr[data-email='" + email + "']");
  }

  private static Locator field(Locator scope, String label) {
    return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(
        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The list shows what its read model has: asks again, for the run's members, until it does. */
  private static void searchUntilVisible(Page page, String text, Locator locator) {
    Locator filters =
        page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Filter the members"));
    field(filters, "Name or e-mail").fill(text);
    Instant deadline = Instant.now().plus(PROJECTED);
    while (!locator.isVisible()) {
      assertThat(Instant.now()).as("%s to appear", locator).isBefore(deadline);
      button(filters, "Apply filters").click();
      try {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(2_000));
      } catch (com.microsoft.playwright.TimeoutError notYet) {
        // the next search asks again
      }
    }
  }
}
