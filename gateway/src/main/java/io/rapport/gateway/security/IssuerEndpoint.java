package io.rapport.gateway.security;

/**
 * The Keycloak realm that issues access tokens.
 *
 * @param issuerUri e.g. {@code http://localhost:8180/realms/rapport}
 */
public record IssuerEndpoint(String issuerUri) {

  /** The realm's signing keys. */
  public String jwksUri() {
    return issuerUri + "/protocol/openid-connect/certs";
  }
}
