package io.rapport.command.app.shared;

import io.rapport.command.api.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;

/** Builds the exceptions by which aggregates refuse commands. */
public final class Refusals {

  private Refusals() {}

  /** The input breaks a rule about its own values. */
  public static CommandExecutionException invalid(String field, String detail) {
    return refuse(new Refusal(Refusal.Kind.INVALID, "invalid-input", detail, field));
  }

  /** The target does not exist for this caller. */
  public static CommandExecutionException notFound(String what) {
    return refuse(new Refusal(Refusal.Kind.NOT_FOUND, "not-found", what + " not found", null));
  }

  /**
   * The target exists but belongs to someone else: answered like a missing one, and recorded as a
   * denied attempt.
   */
  public static CommandExecutionException notVisible(String what) {
    return refuse(
        new Refusal(Refusal.Kind.NOT_FOUND, Refusal.NOT_VISIBLE, what + " not found", null));
  }

  /** The command does not fit the target's state; {@code type} names the rule. */
  public static CommandExecutionException conflict(String type, String detail) {
    return refuse(new Refusal(Refusal.Kind.CONFLICT, type, detail, null));
  }

  private static CommandExecutionException refuse(Refusal refusal) {
    return new CommandExecutionException(refusal.detail(), null, refusal);
  }
}
