package io.rapport.command.api.nudge;

import java.time.Instant;

/**
 * What an inbox did with a nudge: sent it, postponed it until {@code until} (quiet hours), or not
 * (sent before, or the person switched the rule or every channel off).
 */
public record NudgeOutcome(Status status, Instant until) {

  /** The outcomes. */
  public enum Status {
    SENT,
    POSTPONED,
    ALREADY_SENT,
    NOT_WANTED
  }
}
