package io.rapport.query.api.progress;

import java.util.List;

/**
 * Whether every read model has processed a position, and which have not yet.
 *
 * @param caughtUp true when all have
 * @param behind the processors that have not, by name
 * @param beyondHead true when no event has that position yet: the position was not one a command
 *     response gave
 */
public record ReadModelProgressView(boolean caughtUp, List<String> behind, boolean beyondHead) {}
