package io.rapport.gateway.web;

import java.time.Duration;

/** The caller is over a bound (streams open, requests per second): 429, try again after a while. */
class TooManyRequestsException extends RuntimeException {

  private final String type;
  private final Duration retryAfter;

  TooManyRequestsException(String type, String detail, Duration retryAfter) {
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
