package io.rapport.command.api;

/**
 * Metadata keys by which the edge asks for an idempotent command, and by which the write side
 * answers with the position of the command's last event.
 */
public enum Consistency {
  /** On a command: the caller's {@code Idempotency-Key}. */
  IDEMPOTENCY_KEY("idempotencyKey"),
  /** On a command: a hash of the request (method, path and body) the key was sent with. */
  REQUEST_HASH("requestHash"),
  /** On a command's result: the global index of the last event the command appended. */
  POSITION("position");

  private final String key;

  Consistency(String key) {
    this.key = key;
  }

  /** The metadata key. */
  public String key() {
    return key;
  }
}
