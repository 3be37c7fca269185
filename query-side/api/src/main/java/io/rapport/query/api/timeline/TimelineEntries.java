package io.rapport.query.api.timeline;

import java.util.List;

/** Timeline entries in the order they were recorded, oldest first. */
public record TimelineEntries(List<TimelineEntryView> items) {}
