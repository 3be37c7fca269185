package io.rapport.query.api.progress;

/**
 * Have all read models processed the event at this global position (and every one before it)?
 *
 * @param position a global index of the event store, as a command response's {@code
 *     Rapport-Position} names it
 */
public record FetchReadModelProgressQuery(long position) {}
