package io.rapport.command.api;

/**
 * Why the domain refused a command, carried as the details of the command's exception so that the
 * edge can answer with the right problem type without knowing the rule.
 *
 * @param kind the family of refusal, which decides the HTTP status
 * @param type the stable name of the rule, e.g. {@code meeting-not-logged}
 * @param detail a sentence for the user
 * @param field the input field at fault, for {@link Kind#INVALID}; otherwise null
 */
public record Refusal(Kind kind, String type, String detail, String field) {

  /**
   * The type of a {@link Kind#NOT_FOUND} refusal of a target that exists but belongs to someone
   * else: answered exactly like a missing one, and recorded as a denied attempt.
   */
  public static final String NOT_VISIBLE = "not-visible";

  /** Families of refusal. */
  public enum Kind {
    /** The input breaks a rule about its own values (400). */
    INVALID,
    /** The target does not exist for this caller (404). */
    NOT_FOUND,
    /** The command does not fit the target's current state (409). */
    CONFLICT,
    /** The request cannot be processed as sent, e.g. an idempotency key reused (422). */
    UNPROCESSABLE
  }
}
