package io.rapport.command.api.tenant;

/** What sort of school a tenant is. */
public enum TenantKind {
  UNIVERSITY,
  BOOTCAMP
}
