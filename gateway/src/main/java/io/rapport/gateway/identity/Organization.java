package io.rapport.gateway.identity;

/**
 * An organization as Keycloak holds it.
 *
 * @param kind its {@code kind} attribute, or null
 * @param domain its first internet domain, or null
 */
public record Organization(String alias, String name, String kind, String domain) {}
