package io.rapport.gateway.chat;

import io.rapport.command.api.chat.ResearchTopic;
import io.rapport.command.api.chat.ThankYouChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The shapes of the chat calls' bodies. Only shape is checked here (present, typed, bounded); the
 * rules about values (lengths of chats, 2–3 points, the thank-you window) are the domain's.
 */
final class ChatRequests {

  private ChatRequests() {}

  record Reschedule(@NotNull Instant startsAt, Integer durationMinutes) {}

  record Cancel(@NotBlank @Size(max = 1000) String reason) {}

  record ResearchNote(
      @NotNull ResearchTopic topic,
      @NotBlank @Size(max = 5000) String text,
      @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
          String sourceUrl) {}

  record Question(@NotBlank @Size(max = 1000) String text) {}

  record Meeting(
      @NotNull Instant heldAt,
      @NotNull Integer durationMinutes,
      @NotNull @Size(max = 50) List<@Valid @NotNull PointText> points,
      @Size(max = 5000) String insights,
      @Size(max = 50) List<@Valid @NotNull LeadText> leads,
      @NotNull Boolean goalsSharedWhenPrompted) {}

  record PointText(@NotBlank @Size(max = 1000) String text) {}

  record LeadText(@NotBlank @Size(max = 1000) String text) {}

  record ThankYou(
      @NotNull Instant sentAt,
      @NotNull ThankYouChannel channel,
      @NotBlank @Size(max = 5000) String message,
      @NotNull List<@NotBlank String> referencedPointIds) {}
}
