/**
 * Maintenance of the read models, for platform staff: rebuilding one from the events with its
 * progress, and the events a projection could not handle (dead letters) with their retry.
 */
package io.rapport.query.api.projection;
