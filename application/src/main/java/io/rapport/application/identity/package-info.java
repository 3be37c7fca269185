/**
 * Keycloak's admin API, reached as the confidential client {@code rapport-admin}: the tenants'
 * organizations.
 */
package io.rapport.application.identity;
