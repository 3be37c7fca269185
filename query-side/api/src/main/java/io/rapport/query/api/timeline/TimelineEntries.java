package io.rapport.query.api.timeline;

import java.util.List;

/**
 * Timeline entries in the order they were recorded, oldest first.
 *
 * @param items the entries
 * @param from the position they follow: the one asked for, or, when none was, the position of the
 *     newest entry recorded so far (0 for none), from which a follower starting now goes on
 */
public record TimelineEntries(List<TimelineEntryView> items, long from) {}
