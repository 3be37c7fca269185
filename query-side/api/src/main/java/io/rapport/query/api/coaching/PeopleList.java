package io.rapport.query.api.coaching;

import java.util.List;

/** The tenant's known people, by name. */
public record PeopleList(List<PersonView> items) {

  /**
   * A student or coach: from their token when they have signed in, otherwise only their id.
   *
   * @param roles the roles their token carried, plus {@code coach} for anyone assigned as one
   */
  public record PersonView(
      String userId,
      String username,
      String name,
      String email,
      List<String> roles,
      String cohort,
      String coachId) {}
}
