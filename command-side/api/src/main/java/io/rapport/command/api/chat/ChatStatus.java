package io.rapport.command.api.chat;

/** Where a chat stands. */
public enum ChatStatus {
  SCHEDULED,
  HELD,
  CANCELLED,
  NO_SHOW
}
