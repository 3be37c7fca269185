package io.rapport.query.api.projection;

/**
 * Handle the sequence of the parked event again, from its first parked event on; refused as not
 * found when no parked event has this id. The answer says whether the sequence was drained.
 *
 * @param id the parked event's id
 */
public record RetryDeadLetterCommand(String id) {}
