package io.rapport.infra.testkit;

/** The three servers the tests need, however they were started. */
interface Servers extends AutoCloseable {

  String mode();

  String postgresUrl();

  String postgresUsername();

  String postgresPassword();

  String mongoUri();

  String issuerUri();

  String keycloakAdminPassword();

  @Override
  void close();
}
