package io.rapport.command.api.tenant;

/** How an institution's identity provider speaks: OpenID Connect or SAML 2.0. */
public enum IdentityProviderKind {
  OIDC,
  SAML
}
