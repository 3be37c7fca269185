/** A student's chats for a calendar feed, opened by the feed's secret token. */
package io.rapport.query.api.calendar;
