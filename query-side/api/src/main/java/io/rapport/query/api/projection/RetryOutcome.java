package io.rapport.query.api.projection;

/**
 * What a retry did.
 *
 * @param drained whether every parked event of the sequence was handled this time
 * @param remaining parked events left in all projections
 */
public record RetryOutcome(boolean drained, long remaining) {}
