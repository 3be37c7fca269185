/**
 * How events change: an event's old revisions are read into its current shape by upcasters in the
 * event storage engine's chain, so that the stored events never change and no handler sees an old
 * shape.
 */
package io.rapport.command.app.store.upcasting;
