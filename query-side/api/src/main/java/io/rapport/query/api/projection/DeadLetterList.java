package io.rapport.query.api.projection;

import java.util.List;

/**
 * A page of the parked events of every projection, oldest first, and the cursor of the next page
 * (null at the end).
 */
public record DeadLetterList(List<DeadLetterView> items, String nextCursor) {}
