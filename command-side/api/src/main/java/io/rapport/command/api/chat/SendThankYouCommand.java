package io.rapport.command.api.chat;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The thank-you after the meeting, naming two or three of its points by id. */
public record SendThankYouCommand(
    @TargetAggregateIdentifier String chatId,
    Instant sentAt,
    ThankYouChannel channel,
    String message,
    List<String> referencedPointIds) {}
