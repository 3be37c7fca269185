package io.rapport.infra.faults;

/**
 * A command the application acknowledged (2xx), with what it answered: its events must be in the
 * store for good, and a repeat with its key must get the same answer.
 *
 * @param position the {@code Rapport-Position} of its last event
 * @param created the id it created, if any (relationship, chat, …)
 */
record Acknowledged(
    String username,
    String key,
    String path,
    String body,
    int status,
    String answer,
    String location,
    long position,
    String created) {}
