package io.rapport.command.app.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.member.MemberProfile;
import io.rapport.command.api.member.MemberRole;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

/** What a member's description must be before the identity provider is asked anything. */
class MemberRulesTest {

  @Test
  void valuesAreTidied() {
    MemberProfile checked =
        MemberRules.checked(
            new MemberProfile(
                "  Ada.Student@Northfield.EXAMPLE ",
                " Ada ",
                "Lovelace",
                MemberRole.STUDENT,
                " ",
                "Carla.Coach@northfield.example"));
    assertThat(checked.email()).isEqualTo("ada.student@northfield.example");
    assertThat(checked.firstName()).isEqualTo("Ada");
    assertThat(checked.cohort()).isNull();
    assertThat(checked.coachEmail()).isEqualTo("carla.coach@northfield.example");
  }

  @Test
  void eachRuleNamesItsFieldAndNeverQuotesTheValue() {
    assertRefused(profile("not-an-address", MemberRole.STUDENT, null, null), "email");
    assertRefused(
        new MemberProfile("a@x.example", "", "B", MemberRole.STUDENT, null, null), "firstName");
    assertRefused(profile("a@x.example", null, null, null), "role");
    assertRefused(profile("a@x.example", MemberRole.COACH, "Spring", null), "cohort");
    assertRefused(profile("a@x.example", MemberRole.STUDENT, null, "a@x.example"), "coachEmail");
    assertRefused(profile("a@x.example", MemberRole.STUDENT, "x".repeat(101), null), "cohort");
  }

  private static MemberProfile profile(
      String email, MemberRole role, String cohort, String coachEmail) {
    return new MemberProfile(email, "A", "B", role, cohort, coachEmail);
  }

  private static void assertRefused(MemberProfile profile, String field) {
    assertThatThrownBy(() -> MemberRules.checked(profile))
        .isInstanceOfSatisfying(
            CommandExecutionException.class,
            refused -> {
              Refusal refusal = (Refusal) refused.getDetails().orElseThrow();
              assertThat(refusal.field()).isEqualTo(field);
              assertThat(refusal.detail()).doesNotContain("not-an-address", "Spring");
            });
  }
}
