package io.rapport.application;

/** The ids of the demo realm's users (see infra/keycloak/rapport-realm.json). */
final class DemoUsers {

  static final String ADA = "ec973c70-ab69-4ce9-8db9-ce3c0f2acd52";
  static final String BEN = "8e7046be-68c9-47db-aec7-666a99061256";
  static final String CARLA = "4d04f890-3911-4873-be2b-d09dd1e8f58a";
  static final String DAN = "cd224322-08f6-4351-9410-a22f54fbc6fa";
  static final String EVE = "06461683-357a-4d61-bd4b-627a66b0f9b9";
  static final String FINN = "34027633-9a9c-443e-b519-58a241b5bc0e";

  private DemoUsers() {}
}
