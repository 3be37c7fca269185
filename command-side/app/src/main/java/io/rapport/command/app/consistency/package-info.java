/**
 * Idempotent commands and the positions they reach: an idempotency key is claimed, and the
 * handler's result kept, in the transaction that appends the command's events; every result carries
 * the global index of the command's last event.
 */
package io.rapport.command.app.consistency;
