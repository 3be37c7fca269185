package io.rapport.command.api.tenant;

import org.axonframework.serialization.Revision;

/** The tenant's identity provider was unlinked. */
@Revision("1")
public record IdentityProviderUnlinkedEvent(String tenantId) {}
