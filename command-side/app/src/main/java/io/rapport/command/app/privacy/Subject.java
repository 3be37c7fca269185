package io.rapport.command.app.privacy;

/**
 * A data subject: a person (student, coach) or a relationship's contact, and the student who owns
 * the subject's data.
 */
public record Subject(String id, String ownerId) {

  /** The contact of a relationship, owned by the relationship's student. */
  public static Subject contact(String relationshipId, String studentId) {
    return new Subject("contact-" + relationshipId, studentId);
  }

  /** A person, who owns their own data. */
  public static Subject person(String personId) {
    return new Subject("person-" + personId, personId);
  }
}
