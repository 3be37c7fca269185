package io.rapport.query.api.projection;

/**
 * How the last rebuild of the named projection is going; nothing for a name that is no projection.
 *
 * @param name the projection's processing group
 */
public record FetchRebuildProgressQuery(String name) {}
