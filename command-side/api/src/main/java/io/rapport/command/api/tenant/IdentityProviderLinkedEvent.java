package io.rapport.command.api.tenant;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The tenant's identity provider was linked or changed (its secret is never recorded). */
@Revision("1")
public record IdentityProviderLinkedEvent(
    String tenantId,
    IdentityProviderKind kind,
    String issuer,
    String metadataUrl,
    String clientId,
    List<String> emailDomains) {}
