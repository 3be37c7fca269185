package io.rapport.gateway.relationship;

import io.rapport.command.api.relationship.ConnectionPlatform;
import io.rapport.command.api.relationship.OutcomeKind;
import io.rapport.command.api.relationship.TouchpointKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The shapes of the relationship calls' bodies; the rules about values are the domain's. */
final class RelationshipRequests {

  private RelationshipRequests() {}

  record ConnectionRequest(
      @NotNull ConnectionPlatform platform, @NotBlank @Size(max = 2000) String message) {}

  record Acceptance(@NotNull Instant acceptedAt) {}

  record Reciprocity(@NotBlank @Size(max = 2000) String offer) {}

  record Touchpoint(
      @NotNull TouchpointKind kind, @Size(max = 2000) String note, @NotNull Instant at) {}

  record Cadence(@NotNull Integer everyDays) {}

  record Outcome(@NotNull OutcomeKind kind, @Size(max = 2000) String note, @NotNull Instant at) {}
}
