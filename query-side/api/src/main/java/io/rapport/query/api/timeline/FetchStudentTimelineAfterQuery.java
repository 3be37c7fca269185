package io.rapport.query.api.timeline;

/**
 * The entries of a student's timeline recorded after a position of the event stream, in the order
 * they were recorded (oldest first); answered with {@link TimelineEntries}. As a subscription
 * query, its updates are {@link TimelineEntryRecorded}: one for every new entry of the student.
 *
 * @param studentId whose timeline
 * @param afterPosition the position of the last entry the reader has; null asks for nothing but
 *     whether the reader may follow the timeline
 */
public record FetchStudentTimelineAfterQuery(String studentId, Long afterPosition) {}
