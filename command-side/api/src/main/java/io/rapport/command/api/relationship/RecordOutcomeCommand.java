package io.rapport.command.api.relationship;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Something that came of the relationship. */
public record RecordOutcomeCommand(
    @TargetAggregateIdentifier String relationshipId,
    String outcomeId,
    OutcomeKind kind,
    String note,
    Instant at) {}
