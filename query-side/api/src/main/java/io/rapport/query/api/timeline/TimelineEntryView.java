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
 * @param position the entry's position in the event stream: the id of its server-sent event, and
 *     what a reader sends as {@code Last-Event-ID} to get the entries recorded after it
 */
public record TimelineEntryView(
    String id,
    Instant at,
    String type,
    String sentence,
    String actorId,
    String relationshipId,
    String chatId,
    Map<String, Object> details,
    long position) {}
