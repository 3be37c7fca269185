package io.rapport.command.app.member;

import io.rapport.command.api.member.MemberProfile;
import io.rapport.command.app.shared.Refusals;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a member's description must be, checked before the identity provider is asked anything: an
 * e-mail address (kept in lower case), names of 1 to 100 characters, a role, a cohort of at most
 * 100 characters. Messages name the field and never quote the value, which is personal data.
 */
final class MemberRules {

  static final int LONGEST_NAME = 100;
  static final int LONGEST_EMAIL = 254;
  static final int LONGEST_COHORT = 100;
  private static final Pattern EMAIL =
      Pattern.compile(
          "[^@\\s\"<>,;]{1,64}@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

  private MemberRules() {}

  /** The profile with its values tidied (trimmed, e-mails in lower case, blanks as null). */
  static MemberProfile checked(MemberProfile profile) {
    if (profile == null) {
      throw Refusals.invalid("email", "A member needs an e-mail address.");
    }
    String email = email("email", profile.email());
    if (email == null) {
      throw Refusals.invalid("email", "A member needs an e-mail address.");
    }
    String coachEmail = email("coachEmail", profile.coachEmail());
    if (profile.role() == null) {
      throw Refusals.invalid("role", "A member is a STUDENT, a COACH or a TENANT_ADMIN.");
    }
    String cohort = blankAsNull(profile.cohort());
    if (cohort != null && cohort.length() > LONGEST_COHORT) {
      throw Refusals.invalid("cohort", "A cohort has a name of at most 100 characters.");
    }
    if ((cohort != null || coachEmail != null)
        && profile.role() != io.rapport.command.api.member.MemberRole.STUDENT) {
      throw Refusals.invalid(
          cohort != null ? "cohort" : "coachEmail", "Only a student has a cohort and a coach.");
    }
    if (email.equals(coachEmail)) {
      throw Refusals.invalid("coachEmail", "A student cannot coach themselves.");
    }
    return new MemberProfile(
        email,
        name("firstName", profile.firstName()),
        name("lastName", profile.lastName()),
        profile.role(),
        cohort,
        coachEmail);
  }

  private static String email(String field, String value) {
    String email = blankAsNull(value);
    if (email == null) {
      return null;
    }
    email = email.toLowerCase(Locale.ROOT);
    if (email.length() > LONGEST_EMAIL || !EMAIL.matcher(email).matches()) {
      throw Refusals.invalid(field, "This is not an e-mail address.");
    }
    return email;
  }

  private static String name(String field, String value) {
    String name = blankAsNull(value);
    if (name == null || name.length() > LONGEST_NAME) {
      throw Refusals.invalid(field, "A name has 1 to 100 characters.");
    }
    return name;
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
