package io.rapport.command.app.chat;

/**
 * The chat consults it while deciding, so an implementation answers from what it already holds and
 * never blocks on I/O. Declaring a bean of this type replaces the default.
 */
@FunctionalInterface
public interface ThankYouWindow {

  int DEFAULT_HOURS = 24;

  int hoursFor(String tenantId);
}
