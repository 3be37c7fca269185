package io.rapport.query.api.projection;

import java.time.Instant;

/**
 * The progress of a projection's rebuild. Events are counted by their position in the event stream:
 * {@code eventsTotal} is the head of the stream when the rebuild started, and {@code eventsDone}
 * the position the projection has reached again (at most the total).
 *
 * @param eventsPerSecond the average rate since the start
 * @param etaSeconds the estimated seconds left while running; null when unknown or finished
 * @param startedAt null when there was no rebuild
 * @param finishedAt null until done or failed
 */
public record RebuildProgressView(
    String name,
    RebuildState state,
    long eventsDone,
    long eventsTotal,
    double eventsPerSecond,
    Long etaSeconds,
    Instant startedAt,
    Instant finishedAt) {}
