package io.rapport.query.api.projection;

import java.util.List;

/** The event processors of this node, by name. */
public record ProjectionList(List<ProjectionStatusView> items) {}
