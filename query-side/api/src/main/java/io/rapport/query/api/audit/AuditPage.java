package io.rapport.query.api.audit;

import java.util.List;

/**
 * A page of audit entries, newest first, and the cursor of the next page (null at the end). A page
 * can hold fewer entries than asked for, and still have a next page, when its filters matched
 * little in the stretch of history one page reads.
 */
public record AuditPage(List<AuditEntryView> items, String nextCursor) {}
