package io.rapport.command.api.nudge;

/** The id of a person's inbox: their nudges, what they read, their notification settings. */
public record InboxId(String userId) {

  /** The aggregate identifier, {@code inbox:user}. */
  public String value() {
    return "inbox:" + userId;
  }
}
