/**
 * Crypto-shredding: the personal fields of events are encrypted with a key per data subject (a
 * person, or a relationship's contact) kept in PostgreSQL; deleting the key erases them everywhere,
 * and its tombstone says so. A key missing without a tombstone is an incident, never an erasure.
 */
package io.rapport.command.app.privacy;
