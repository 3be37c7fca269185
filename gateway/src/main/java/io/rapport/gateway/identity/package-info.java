/**
 * What the HTTP edge asks of the identity provider beyond the access token: the tenants'
 * organizations and their members. The application implements it with Keycloak's admin API.
 */
package io.rapport.gateway.identity;
