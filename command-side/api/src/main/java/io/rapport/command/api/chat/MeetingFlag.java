package io.rapport.command.api.chat;

/** What stands out in a meeting log. */
public enum MeetingFlag {
  /** The meeting overran the agreed time limit by more than ten minutes. */
  OVERRAN
}
