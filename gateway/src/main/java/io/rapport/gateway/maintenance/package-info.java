/**
 * The HTTP API of read-model maintenance, for platform staff: projections rebuilt from the events
 * and their progress, and the dead letters that projections parked.
 */
package io.rapport.gateway.maintenance;
