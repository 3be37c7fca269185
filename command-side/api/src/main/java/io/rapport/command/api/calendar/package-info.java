/** A student's calendar feed: the secret token that opens it, issued and revoked by the student. */
package io.rapport.command.api.calendar;
