package io.rapport.command.app.shared;

import java.time.Instant;

/** Checks of a command's own values; each refuses as invalid input naming the field at fault. */
public final class Inputs {

  private Inputs() {}

  /** The value, which must be present. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw Refusals.invalid(field, field + " is required.");
    }
    return value;
  }

  /** The text, which must be present and not blank. */
  public static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw Refusals.invalid(field, field + " must not be blank.");
    }
    return value;
  }

  /** The number, which must lie between {@code min} and {@code max}, both included. */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw Refusals.invalid(field, field + " must be between " + min + " and " + max + ".");
    }
    return value;
  }

  /** The instant, which must be present and not in the future. */
  public static Instant notInFuture(String field, Instant value) {
    if (required(field, value).isAfter(Now.instant())) {
      throw Refusals.invalid(field, field + " must not be in the future.");
    }
    return value;
  }

  /** The instant, which must be present and in the future. */
  public static Instant inFuture(String field, Instant value) {
    if (!required(field, value).isAfter(Now.instant())) {
      throw Refusals.invalid(field, field + " must be in the future.");
    }
    return value;
  }
}
