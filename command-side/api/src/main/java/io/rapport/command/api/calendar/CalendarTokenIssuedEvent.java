package io.rapport.command.api.calendar;

import org.axonframework.serialization.Revision;

/** A new calendar token replaces any earlier one; {@code tokenHash} is its SHA-256, hex. */
@Revision("1")
public record CalendarTokenIssuedEvent(String studentId, String tokenHash) {}
