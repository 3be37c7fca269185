package io.rapport.command.api.nudge;

/** Where a nudge reaches its recipient. */
public enum NudgeChannel {
  IN_APP,
  EMAIL
}
