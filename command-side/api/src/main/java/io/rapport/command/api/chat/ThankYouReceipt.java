package io.rapport.command.api.chat;

/** What sending a thank-you answers: whether it was on time, and how long after the meeting. */
public record ThankYouReceipt(boolean onTime, long minutesAfterMeeting, int windowHours) {}
