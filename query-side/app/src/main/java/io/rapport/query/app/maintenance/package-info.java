/**
 * Maintenance of the read models for platform staff: rebuilding a projection from the events
 * (Axon's replay) with its progress, and the dead letters of failing projections with their retry.
 */
package io.rapport.query.app.maintenance;
