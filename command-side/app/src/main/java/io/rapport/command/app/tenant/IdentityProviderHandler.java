package io.rapport.command.app.tenant;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.tenant.IdentityProviderKind;
import io.rapport.command.api.tenant.IdentityProviderLinkedEvent;
import io.rapport.command.api.tenant.IdentityProviderUnlinkedEvent;
import io.rapport.command.api.tenant.LinkIdentityProviderCommand;
import io.rapport.command.api.tenant.UnlinkIdentityProviderCommand;
import io.rapport.command.app.shared.Refusals;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Links and unlinks a tenant's identity provider: the identity provider Rapport signs in with
 * changes first, then the tenant records it (without the secret), so that the change is in the
 * audit. Only the tenant's own tenant-admins may.
 */
@Component
class IdentityProviderHandler {

  static final int MOST_DOMAINS = 10;
  static final int LONGEST_TEXT = 255;

  private final Repository<Tenant> tenants;
  private final IdentityProviderDirectory directory;

  IdentityProviderHandler(Repository<Tenant> tenants, IdentityProviderDirectory directory) {
    this.tenants = tenants;
    this.directory = directory;
  }

  @CommandHandler
  void handle(LinkIdentityProviderCommand command, MetaData metaData) throws Exception {
    ensureTenantAdmin(command.tenantId(), metaData);
    if (command.kind() == null) {
      throw Refusals.invalid("kind", "An identity provider is OIDC or SAML.");
    }
    String issuer =
        command.kind() == IdentityProviderKind.OIDC ? url("issuer", command.issuer()) : null;
    String metadata =
        command.kind() == IdentityProviderKind.SAML
            ? url("metadataUrl", command.metadataUrl())
            : null;
    String clientId = text("clientId", command.clientId());
    String secret =
        command.clientSecret() == null || command.clientSecret().isBlank()
            ? null
            : command.clientSecret();
    if (secret != null && secret.length() > LONGEST_TEXT) {
      throw Refusals.invalid("clientSecret", "A client secret has at most 255 characters.");
    }
    if (secret == null
        && command.kind() == IdentityProviderKind.OIDC
        && directory.linked(command.tenantId()).isEmpty()) {
      throw Refusals.invalid("clientSecret", "A new identity provider needs its client secret.");
    }
    List<String> domains = domains(command.emailDomains());
    switch (directory.link(
        command.tenantId(), command.kind(), issuer, metadata, clientId, secret, domains)) {
      case UNREADABLE ->
          throw Refusals.invalid(
              command.kind() == IdentityProviderKind.OIDC ? "issuer" : "metadataUrl",
              "The identity provider's configuration could not be read from this address.");
      case DOMAIN_TAKEN ->
          throw Refusals.conflict(
              "domain-taken", "One of these e-mail domains belongs to another organization.");
      case LINKED -> {
        // recorded below
      }
    }
    tenants
        .loadOrCreate(command.tenantId(), Tenant::new)
        .execute(
            tenant ->
                tenant.record(
                    new IdentityProviderLinkedEvent(
                        command.tenantId(), command.kind(), issuer, metadata, clientId, domains)));
  }

  @CommandHandler
  void handle(UnlinkIdentityProviderCommand command, MetaData metaData) throws Exception {
    ensureTenantAdmin(command.tenantId(), metaData);
    if (directory.linked(command.tenantId()).isEmpty()) {
      return;
    }
    directory.unlink(command.tenantId());
    tenants
        .loadOrCreate(command.tenantId(), Tenant::new)
        .execute(tenant -> tenant.record(new IdentityProviderUnlinkedEvent(command.tenantId())));
  }

  private static void ensureTenantAdmin(String tenantId, MetaData metaData) {
    if (tenantId == null
        || !tenantId.equals(metaData.get(Stamp.TENANT_ID.key()))
        || !(metaData.get(Stamp.ROLES.key()) instanceof Collection<?> roles
            && roles.contains("tenant-admin"))) {
      throw Refusals.notFound("tenant");
    }
  }

  /** An https address, or http on this machine (a provider run beside Rapport, as in the demo). */
  static String url(String field, String value) {
    String text = text(field, value);
    try {
      URI uri = URI.create(text);
      String host = uri.getHost();
      boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
      if (host != null
          && ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))
          && uri.getUserInfo() == null) {
        return text;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw Refusals.invalid(field, "An https address is needed.");
  }

  private static String text(String field, String value) {
    if (value == null || value.isBlank() || value.length() > LONGEST_TEXT) {
      throw Refusals.invalid(field, field + " needs 1 to 255 characters.");
    }
    return value.strip();
  }

  private static List<String> domains(List<String> wanted) {
    if (wanted == null || wanted.isEmpty() || wanted.size() > MOST_DOMAINS) {
      throw Refusals.invalid("emailDomains", "Name 1 to 10 e-mail domains.");
    }
    List<String> domains = new ArrayList<>();
    for (String domain : wanted) {
      String clean = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
      if (!TenantProfile.DOMAIN.matcher(clean).matches()) {
        throw Refusals.invalid(
            "emailDomains", "A domain is an internet domain such as northfield.edu.");
      }
      if (!domains.contains(clean)) {
        domains.add(clean);
      }
    }
    return List.copyOf(domains);
  }
}
