/**
 * The embedded servers as a Spring Boot auto-configuration: each server left unconfigured
 * (PostgreSQL, the MongoDB wire server, Keycloak, the mail server) is started here, with its data
 * under the data directory (the mail server's in memory), and handed to the application as
 * connection details or settings. A build without this module has no embedded servers and must be
 * given external ones.
 */
package io.rapport.infra.boot;
