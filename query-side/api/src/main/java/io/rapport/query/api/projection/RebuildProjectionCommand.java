package io.rapport.query.api.projection;

/**
 * Rebuild the read model of the named projection from the event store, while the API stays up.
 * Refused as not found for a name that is no projection, and as a conflict while that projection is
 * already being rebuilt.
 *
 * @param name the projection's processing group, e.g. {@code timelines}
 */
public record RebuildProjectionCommand(String name) {}
