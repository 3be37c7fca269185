/**
 * Runs a local Keycloak server from the official distribution with the Rapport realm imported, for
 * development, demos and integration tests.
 */
package io.rapport.infra.keycloak;
