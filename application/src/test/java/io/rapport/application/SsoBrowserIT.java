package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.rapport.infra.testkit.KeycloakAdmin;
import io.rapport.infra.testkit.TestInfrastructure;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in through the institution's own identity provider, on the real pages: Ivy types her
 * Northfield address on Rapport's sign-in page, is sent to Northfield's sign-in (the demo's {@code
 * northfield-sso} realm), signs in there, and lands in Rapport as a Northfield student, a member of
 * the tenant's organization with the student role from her first sign-in on.
 */
class SsoBrowserIT extends RapportIT {

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

  @Test
  void aNorthfieldStudentSignsInWithNorthfieldsOwnAccount() {
    String baseUrl = "http://localhost:" + port;
    KeycloakAdmin keycloak = new KeycloakAdmin(INFRA);
    keycloak.allowOrigin("rapport-web", baseUrl);
    try (AppBrowser.Session ivy = browser.open(baseUrl, 1280, 900)) {
      Page page = ivy.page;
      page.navigate(baseUrl + "/");
      Locator username = page.locator("#username");
      username.waitFor();
      username.fill("ivy.student@northfield.example");
      page.locator("#kc-login").click(AppBrowser.SIGN_IN);

      // Northfield's own sign-in page
      page.waitForURL(url -> url.contains("/realms/northfield-sso/"));
      ivy.screenshot("sso-northfield-sign-in");
      Locator northfieldUser = page.locator("#username");
      if (northfieldUser.inputValue().isEmpty()) {
        northfieldUser.fill("ivy.student@northfield.example");
      }
      page.locator("#password").fill(TestInfrastructure.DEMO_PASSWORD);
      page.locator("#kc-login").click(AppBrowser.SIGN_IN);

      page.waitForURL(url -> url.startsWith(baseUrl) && !url.contains("/signed-in"));
      PlaywrightAssertions.assertThat(page.locator("header.top .user-name")).containsText("Ivy");
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/agenda$"));
      ivy.screenshot("sso-landed-as-student");
    }
    String ivyId = keycloak.userIdByEmail("ivy.student@northfield.example");
    assertThat(ivyId).as("Ivy's account in Rapport's realm, made at her first sign-in").isNotNull();
    new StudentJourney(as("dan.admin"))
        .eventually(
            "/api/v1/members/{id}",
            body ->
                body.jsonPath("$.role")
                    .isEqualTo("STUDENT")
                    .jsonPath("$.status")
                    .isEqualTo("ACTIVE")
                    .jsonPath("$.email")
                    .isEqualTo("ivy.student@northfield.example"),
            ivyId);
  }
}
