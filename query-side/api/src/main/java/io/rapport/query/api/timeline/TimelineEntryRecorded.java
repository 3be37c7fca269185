package io.rapport.query.api.timeline;

/**
 * An entry was added to a student's timeline and can be read: sent to the followers of the timeline
 * once the entry is stored.
 *
 * @param studentId whose timeline
 * @param position the entry's position in the event stream
 */
public record TimelineEntryRecorded(String studentId, long position) {}
