package io.rapport.gateway.http;

/**
 * The resource does not exist for this caller: another tenant's looks exactly like a missing one.
 */
public class NotFoundException extends RuntimeException {

  /** Answered as 404 {@code not-found}. */
  public NotFoundException() {
    super("not found", null, false, false);
  }
}
