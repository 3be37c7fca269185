package io.rapport.command.api.calendar;

import org.axonframework.serialization.Revision;

/** The calendar feed no longer opens with any token. */
@Revision("1")
public record CalendarTokenRevokedEvent(String studentId) {}
