package io.rapport.command.api.relationship;

/** Where a connection request was sent. */
public enum ConnectionPlatform {
  LINKEDIN,
  EMAIL,
  OTHER
}
