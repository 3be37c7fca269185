package io.rapport.command.api.tenant;

import java.util.List;

/**
 * The identity provider linked to a tenant, as anyone may see it: never its secret.
 *
 * @param clientSecretSet whether a secret is set
 */
public record IdentityProviderLink(
    IdentityProviderKind kind,
    String issuer,
    String metadataUrl,
    String clientId,
    boolean clientSecretSet,
    List<String> emailDomains) {}
