/**
 * What the process runs on: the servers configured, or the embedded defaults (PostgreSQL, the
 * MongoDB wire server and Keycloak) that the runtime-only module {@code infra/embedded} starts when
 * it is in the build.
 */
package io.rapport.application.infrastructure;
