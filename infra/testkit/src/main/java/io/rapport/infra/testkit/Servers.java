package io.rapport.infra.testkit;

import java.util.List;

/** The servers the tests need, however they were started. */
interface Servers extends AutoCloseable {

  String mode();

  String postgresUrl();

  String postgresUsername();

  String postgresPassword();

  String mongoUri();

  String issuerUri();

  String keycloakAdminPassword();

  /** The host of the SMTP server that the application and Keycloak send to. */
  String smtpHost();

  int smtpPort();

  /** Every message the mail server received so far, read from the server itself. */
  List<ReceivedMail> receivedMail();

  @Override
  void close();
}
