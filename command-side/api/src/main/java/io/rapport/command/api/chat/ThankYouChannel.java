package io.rapport.command.api.chat;

/** How a thank-you was sent. */
public enum ThankYouChannel {
  EMAIL,
  LINKEDIN,
  HANDWRITTEN,
  OTHER
}
