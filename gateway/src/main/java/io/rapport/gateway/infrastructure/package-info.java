/**
 * What the process runs on: external servers when configured, otherwise the embedded defaults
 * (PostgreSQL, the MongoDB wire server and Keycloak), kept under the data directory.
 */
package io.rapport.gateway.infrastructure;
