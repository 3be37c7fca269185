package io.rapport.command.api.tenant;

/**
 * How the identity provider answered the creation of an organization.
 *
 * @param organizationId the new organization's id, when created
 * @param detail the identity provider's reason, when not created
 */
public record OrganizationCreation(Outcome outcome, String organizationId, String detail) {

  /** What became of the request. */
  public enum Outcome {
    CREATED,
    /** An organization with the same alias or name exists. */
    TAKEN,
    /** The identity provider refused a value, e.g. a domain that another organization holds. */
    REFUSED
  }

  public static OrganizationCreation created(String organizationId) {
    return new OrganizationCreation(Outcome.CREATED, organizationId, null);
  }

  public static OrganizationCreation taken(String detail) {
    return new OrganizationCreation(Outcome.TAKEN, null, detail);
  }

  public static OrganizationCreation refused(String detail) {
    return new OrganizationCreation(Outcome.REFUSED, null, detail);
  }
}
