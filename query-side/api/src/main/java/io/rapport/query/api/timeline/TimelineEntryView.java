package io.rapport.query.api.timeline;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened, told as a sentence.
 *
 * @param id the id of the event behind the entry
 * @param at when it happened
 * @param type the event's type, e.g. {@code ChatScheduled}
 * @param sentence what happened, in words
 * @param actorId who did it
 * @param relationshipId the relationship it belongs to
 * @param chatId the chat it belongs to, if any
 * @param details the facts behind the sentence
 */
public record TimelineEntryView(
    String id,
    Instant at,
    String type,
    String sentence,
    String actorId,
    String relationshipId,
    String chatId,
    Map<String, Object> details) {}
