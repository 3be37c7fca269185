package io.rapport.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeycloakOrganizationsTest {

  @Test
  void takesKeycloaksAddressAndRealmFromTheIssuer() {
    assertThat(KeycloakOrganizations.serverUrl("http://localhost:8180/realms/rapport"))
        .isEqualTo("http://localhost:8180");
    assertThat(KeycloakOrganizations.realm("http://localhost:8180/realms/rapport"))
        .isEqualTo("rapport");
    assertThat(KeycloakOrganizations.serverUrl("https://sso.example.edu/auth/realms/campus"))
        .isEqualTo("https://sso.example.edu/auth");
    assertThat(KeycloakOrganizations.realm("https://sso.example.edu/auth/realms/campus"))
        .isEqualTo("campus");
  }

  @Test
  void refusesAnIssuerThatIsNoKeycloakRealm() {
    assertThatThrownBy(() -> KeycloakOrganizations.realm("https://accounts.example.com"))
        .isInstanceOf(IllegalStateException.class);
  }
}
