package io.rapport.command.app.chat;

/**
 * The tenant's policy for how many hours after a meeting a thank-you is on time (by default 24).
 * The chat consults it while deciding, so an implementation answers from what it already holds and
 * never blocks on I/O. Declaring a bean of this type replaces the default.
 */
@FunctionalInterface
public interface ThankYouWindow {

  /** The window when a tenant has no policy of its own. */
  int DEFAULT_HOURS = 24;

  /** The hours within which a thank-you is on time in the given tenant. */
  int hoursFor(String tenantId);
}
