package io.rapport.application.identity;

import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/** The e-mail address of an account, as Keycloak holds it; none for a disabled or unknown one. */
@Component
public class RecipientAddresses {

  private final KeycloakOrganizations organizations;

  RecipientAddresses(KeycloakOrganizations organizations) {
    this.organizations = organizations;
  }

  /** The account's address, or empty when it is disabled, gone, or has none. */
  public Optional<String> emailOf(String userId) {
    try {
      UserRepresentation user = organizations.users().get(userId).toRepresentation();
      return user == null || !Boolean.TRUE.equals(user.isEnabled())
          ? Optional.empty()
          : Optional.ofNullable(user.getEmail());
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }
}
