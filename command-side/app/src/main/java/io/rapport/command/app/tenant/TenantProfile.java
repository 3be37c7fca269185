package io.rapport.command.app.tenant;

import io.rapport.command.api.tenant.OnboardTenantCommand;
import io.rapport.command.api.tenant.TenantKind;
import io.rapport.command.app.chat.ThankYouWindow;
import io.rapport.command.app.shared.Refusals;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a tenant is onboarded with, once its rules hold. The rules are checked here, before the
 * identity provider is asked for an organization, so that bad input never reaches it.
 *
 * @param tenantId the organization alias: lowercase letters, digits and hyphens, 2 to 63
 * @param domain an internet domain in lowercase, or null
 */
record TenantProfile(
    String tenantId, String name, TenantKind kind, int thankYouWindowHours, String domain) {

  static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  static final Pattern DOMAIN =
      Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
  static final int LONGEST_NAME = 200;
  static final int SHORTEST_WINDOW = 1;
  static final int LONGEST_WINDOW = 168;

  /** The bounds of the window a tenant-admin may set for their own tenant. */
  static final int SHORTEST_OWN_WINDOW = 12;

  static final int LONGEST_OWN_WINDOW = 72;

  TenantProfile {
    if (tenantId == null || !ALIAS.matcher(tenantId).matches()) {
      throw Refusals.invalid(
          "tenantId",
          "A tenant id has 2 to 63 lowercase letters, digits and hyphens, and starts with a letter"
              + " or digit.");
    }
    if (name == null || name.isBlank() || name.length() > LONGEST_NAME) {
      throw Refusals.invalid("name", "A tenant has a name of 1 to 200 characters.");
    }
    if (kind == null) {
      throw Refusals.invalid("kind", "A tenant is a UNIVERSITY or a BOOTCAMP.");
    }
    windowHours(thankYouWindowHours, "thankYouWindowHours");
    if (domain != null && !DOMAIN.matcher(domain).matches()) {
      throw Refusals.invalid("domain", "A domain is an internet domain such as northfield.edu.");
    }
  }

  /** The profile a command asks for: a name without surrounding blanks, the default window. */
  static TenantProfile of(OnboardTenantCommand command) {
    String domain = command.domain();
    return new TenantProfile(
        command.tenantId(),
        command.name() == null ? null : command.name().strip(),
        command.kind(),
        command.thankYouWindowHours() == null
            ? ThankYouWindow.DEFAULT_HOURS
            : command.thankYouWindowHours(),
        domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT));
  }

  /** A thank-you window of 1 to 168 hours (a week); refuses anything else as {@code field}. */
  static int windowHours(Integer hours, String field) {
    if (hours == null || hours < SHORTEST_WINDOW || hours > LONGEST_WINDOW) {
      throw Refusals.invalid(field, "A thank-you window is 1 to 168 hours.");
    }
    return hours;
  }
}
