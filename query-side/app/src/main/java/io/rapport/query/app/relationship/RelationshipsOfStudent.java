package io.rapport.query.app.relationship;

import java.time.Instant;
import java.util.List;

/** The ids of a student's relationships, and when the student last did something with one. */
public record RelationshipsOfStudent(
    String studentId, List<String> relationshipIds, Instant lastActivityAt) {}
