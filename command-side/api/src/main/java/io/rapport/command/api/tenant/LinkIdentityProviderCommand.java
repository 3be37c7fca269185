package io.rapport.command.api.tenant;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A tenant-admin links the institution's identity provider to the tenant: people whose e-mail is in
 * one of {@code emailDomains} are sent to it at sign-in.
 *
 * @param issuer the OpenID Connect issuer (for {@code OIDC})
 * @param metadataUrl where the SAML metadata is (for {@code SAML})
 * @param clientSecret the secret Rapport's sign-in uses with it; null keeps the one linked before
 */
public record LinkIdentityProviderCommand(
    @TargetAggregateIdentifier String tenantId,
    IdentityProviderKind kind,
    String issuer,
    String metadataUrl,
    String clientId,
    String clientSecret,
    List<String> emailDomains) {}
