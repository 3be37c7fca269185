package io.rapport.query.api.projection;

/**
 * Every event processor of this node and how it is doing.
 *
 * @param withBacklog whether to say how far behind the stream's head each one is, which asks the
 *     event store for its head (a health check leaves it out, so as not to wait on the event store)
 */
public record FetchProjectionsQuery(boolean withBacklog) {}
