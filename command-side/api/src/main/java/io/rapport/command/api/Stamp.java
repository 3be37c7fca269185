package io.rapport.command.api;

/**
 * The metadata keys that the gateway stamps on every command and query, and that every event
 * carries on from the command that caused it; and {@link #POSITION}, which the event store adds to
 * every event it reads.
 */
public enum Stamp {
  TENANT_ID("tenantId"),
  USER_ID("userId"),
  ROLES("roles"),
  CORRELATION_ID("correlationId"),
  /**
   * The event's own place in the event stream (its global index), added when the event is read from
   * the store; a tracking token's position is the highest place seen so far, which is higher for an
   * event that committed after a later one.
   */
  POSITION("position");

  private final String key;

  Stamp(String key) {
    this.key = key;
  }

  /** The metadata key. */
  public String key() {
    return key;
  }
}
