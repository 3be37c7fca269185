package io.rapport.infra.testkit;

import java.util.List;
import java.util.Map;

/**
 * A message that the test run's mail server received, as a test reads it. A message to several
 * addresses is received once per address.
 *
 * @param mailbox the address it was delivered to: one of {@code to}, or of its {@code Cc} or {@code
 *     Bcc}
 * @param to the addresses of its {@code To} header
 * @param from the address of its {@code From} header, without a display name
 * @param subject its subject, decoded
 * @param textBody its {@code text/plain} body, or null when it has none
 * @param htmlBody its {@code text/html} body, or null when it has none
 * @param headers its headers by name as sent, each with its values in order
 */
public record ReceivedMail(
    String mailbox,
    List<String> to,
    String from,
    String subject,
    String textBody,
    String htmlBody,
    Map<String, List<String>> headers) {

  /** The first value of a header, whatever the case of its name, or null. */
  public String header(String name) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .flatMap(header -> header.getValue().stream())
        .findFirst()
        .orElse(null);
  }
}
