package io.rapport.gateway.member;

import io.rapport.command.api.member.MemberRole;
import io.rapport.command.api.nudge.NudgeRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The bodies of the member calls. */
final class MemberRequests {

  private MemberRequests() {}

  /** An invitation: who, in which role; a student's cohort and coach are optional. */
  record Invitation(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotNull MemberRole role,
      @Size(max = 100) String cohort,
      @Email @Size(max = 254) String coachEmail) {}

  /** The tenant's own policies. */
  record Settings(
      @NotNull Integer thankYouWindowHours,
      @NotNull Integer defaultCadenceDays,
      @Valid Nudges nudges) {}

  /** The tenant's nudges: rules on or off, and their thresholds. */
  record Nudges(
      Map<NudgeRule, Boolean> rules,
      @NotNull Integer prepareHoursBefore,
      @NotNull Integer thankYouDueHoursBefore,
      @NotNull Integer connectionFollowUpDays) {}

  record Invited(String userId, String status) {}
}
