package io.rapport.query.api.timeline;

import java.util.List;

/** A page of timeline entries and the cursor of the next page (null at the end). */
public record TimelinePage(List<TimelineEntryView> items, String nextCursor) {}
