package io.rapport.query.api.projection;

/** Every event processor of this node and how it is doing. */
public record FetchProjectionsQuery() {}
