package io.rapport.command.api.member;

/** What a member does in the tenant, and the realm role that grants it. */
public enum MemberRole {
  STUDENT("student"),
  COACH("coach"),
  TENANT_ADMIN("tenant-admin");

  private final String realmRole;

  MemberRole(String realmRole) {
    this.realmRole = realmRole;
  }

  /** The identity provider's name of the role. */
  public String realmRole() {
    return realmRole;
  }

  /** The member role a realm role grants, or null for none. */
  public static MemberRole ofRealmRole(String realmRole) {
    for (MemberRole role : values()) {
      if (role.realmRole.equals(realmRole)) {
        return role;
      }
    }
    return null;
  }
}
