package io.rapport.gateway.http;

import java.time.Duration;

/** The caller is over a bound (streams open, requests per second): 429, try again after a while. */
public class TooManyRequestsException extends RuntimeException {

  private final String type;
  private final Duration retryAfter;

  /**
   * @param type the problem type, e.g. {@code too-many-streams}
   * @param retryAfter when the caller may try again
   */
  public TooManyRequestsException(String type, String detail, Duration retryAfter) {
    super(detail, null, false, false);
    this.type = type;
    this.retryAfter = retryAfter;
  }

  String type() {
    return type;
  }

  /** Whole seconds, at least one. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
