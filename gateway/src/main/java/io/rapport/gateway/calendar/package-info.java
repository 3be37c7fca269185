/**
 * The HTTP API of calendars: a student's chats as an iCalendar feed opened by a secret token, and
 * the calls that issue, rotate and revoke that token.
 */
package io.rapport.gateway.calendar;
