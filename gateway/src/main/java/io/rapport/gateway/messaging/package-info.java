/**
 * The only way from the edge into the sides: commands and queries sent through Axon's gateways,
 * stamped with the caller's tenant, user, roles and the request's correlation id.
 */
package io.rapport.gateway.messaging;
