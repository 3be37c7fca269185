/**
 * Nudges: reminders that reach students and coaches when a deadline of their networking nears or
 * passes (by e-mail and in the app), each one recorded as an event; and each person's notification
 * settings.
 */
package io.rapport.command.api.nudge;
