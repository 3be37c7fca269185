package io.rapport.command.api.relationship;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An outcome of the relationship was recorded. */
@Revision("1")
public record OutcomeRecordedEvent(
    String relationshipId,
    String studentId,
    String outcomeId,
    OutcomeKind kind,
    String note,
    Instant at) {}
