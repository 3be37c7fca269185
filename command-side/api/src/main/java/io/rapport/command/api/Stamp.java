package io.rapport.command.api;

/**
 * The metadata keys that the gateway stamps on every command and query, and that every event
 * carries on from the command that caused it.
 */
public enum Stamp {
  TENANT_ID("tenantId"),
  USER_ID("userId"),
  ROLES("roles"),
  CORRELATION_ID("correlationId");

  private final String key;

  Stamp(String key) {
    this.key = key;
  }

  /** The metadata key. */
  public String key() {
    return key;
  }
}
