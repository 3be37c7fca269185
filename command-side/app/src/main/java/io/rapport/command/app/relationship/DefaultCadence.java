package io.rapport.command.app.relationship;

/**
 * How often, in days, a new relationship of a tenant means to be in touch (by default 90). The
 * relationship consults it as it starts, so an implementation answers from what it already holds
 * and never blocks on I/O. Declaring a bean of this type replaces the default.
 */
@FunctionalInterface
public interface DefaultCadence {

  /** The cadence when a tenant has no policy of its own. */
  int DEFAULT_DAYS = 90;

  /** The cadence a new relationship starts with in the given tenant. */
  int daysFor(String tenantId);
}
