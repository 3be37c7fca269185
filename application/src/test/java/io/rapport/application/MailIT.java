package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.infra.testkit.KeycloakAdmin;
import io.rapport.infra.testkit.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The application sends mail through the test run's mail server with Spring's {@code
 * JavaMailSender}, and Keycloak's own mail (here: the link to set a new password) goes through the
 * same server.
 */
class MailIT extends RapportIT {

  private static final Duration DELIVERY = Duration.ofSeconds(30);

  @Autowired JavaMailSender mailSender;

  @Test
  void theApplicationsMailSenderDeliversToTheTestMailServer() throws Exception {
    String subject = "Carla, Ben asked for help " + UUID.randomUUID();
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom("no-reply@rapport.local");
    helper.setTo("carla.coach@northfield.example");
    helper.setSubject(subject);
    helper.setText("Ben asked for help.", "<p>Ben asked for <b>help</b>.</p>");

    mailSender.send(message);

    await()
        .atMost(DELIVERY)
        .untilAsserted(
            () ->
                assertThat(INFRA.mailTo("carla.coach@northfield.example"))
                    .filteredOn(mail -> subject.equals(mail.subject()))
                    .singleElement()
                    .satisfies(
                        mail -> {
                          assertThat(mail.from()).isEqualTo("no-reply@rapport.local");
                          assertThat(mail.to()).containsExactly("carla.coach@northfield.example");
                          assertThat(mail.textBody()).isEqualTo("Ben asked for help.");
                          assertThat(mail.htmlBody())
                              .isEqualTo("<p>Ben asked for <b>help</b>.</p>");
                        }));
  }

  @Test
  void keycloaksOwnMailGoesThroughTheSameServer() {
    KeycloakAdmin admin = new KeycloakAdmin(INFRA);
    String address = "ben.student@northfield.example";
    int before = INFRA.mailTo(address).size();

    admin.sendActionsEmail(admin.userId("ben.student"), List.of("UPDATE_PASSWORD"));

    await()
        .atMost(DELIVERY)
        .untilAsserted(
            () -> {
              List<ReceivedMail> received = INFRA.mailTo(address);
              assertThat(received.subList(before, received.size()))
                  .singleElement()
                  .satisfies(
                      mail -> {
                        assertThat(mail.from()).isEqualTo("no-reply@rapport.local");
                        assertThat(mail.to()).containsExactly(address);
                        assertThat(mail.textBody())
                            .contains(INFRA.issuerUri() + "/login-actions/action-token?key=");
                      });
            });
  }
}
