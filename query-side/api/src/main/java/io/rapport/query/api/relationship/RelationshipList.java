package io.rapport.query.api.relationship;

import java.util.List;

/** A student's relationships, those needing contact first. */
public record RelationshipList(List<RelationshipView> items) {}
