package io.rapport.command.api;

/**
 * When the caller first used an {@code Idempotency-Key} within its keeping time (now, for a new
 * one): the edge derives the ids of what a request creates from the key and this {@link
 * java.time.Instant}, so that a key used again after it expired names new things.
 */
public record FindIdempotencyKeyFirstUseQuery(String idempotencyKey) {}
