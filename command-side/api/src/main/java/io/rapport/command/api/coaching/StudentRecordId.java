package io.rapport.command.api.coaching;

/**
 * The id of a student's record within a tenant: enrolment, coach and notes are the tenant's, so a
 * record of the same student in another tenant is another record.
 */
public record StudentRecordId(String tenantId, String studentId) {

  /** The aggregate identifier, {@code tenant:student}. */
  public String value() {
    return tenantId + ":" + studentId;
  }
}
