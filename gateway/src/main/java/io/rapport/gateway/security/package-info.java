/**
 * Keycloak access tokens in, callers out: the token's organization is the tenant, its subject the
 * user, its realm roles the roles, converted in one place.
 */
package io.rapport.gateway.security;
