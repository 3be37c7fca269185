package io.rapport.infra.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A received message reads as its recipients, sender, subject, text and HTML bodies (found through
 * nested multiparts, attachments left out) and headers.
 */
class MailMessagesTest {

  private final Session session = Session.getInstance(new Properties());

  @Test
  void readsTheBodiesOfAMultipartMessageButNotItsAttachments() throws Exception {
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(part("Ben asked for help.", "plain"));
    alternative.addBodyPart(part("<p>Ben asked for <b>help</b>.</p>", "html"));
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    MimeBodyPart attachment = part("not the body", "plain");
    attachment.setDisposition(Part.ATTACHMENT);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(attachment);
    mixed.addBodyPart(body);

    MimeMessage message = message();
    message.setContent(mixed);
    message.saveChanges();

    ReceivedMail mail = MailMessages.read("carla.coach@northfield.example", message);

    assertThat(mail.mailbox()).isEqualTo("carla.coach@northfield.example");
    assertThat(mail.to())
        .containsExactly("carla.coach@northfield.example", "dan.admin@northfield.example");
    assertThat(mail.from()).isEqualTo("no-reply@rapport.local");
    assertThat(mail.subject()).isEqualTo("Ben braucht Hilfe – bald");
    assertThat(mail.textBody()).isEqualTo("Ben asked for help.");
    assertThat(mail.htmlBody()).isEqualTo("<p>Ben asked for <b>help</b>.</p>");
    assertThat(mail.header("x-rapport-tenant")).isEqualTo("northfield-university");
    assertThat(mail.headers()).containsKey("X-Rapport-Tenant");
    assertThat(mail.header("No-Such-Header")).isNull();
  }

  @Test
  void readsAPlainTextMessage() throws Exception {
    MimeMessage message = message();
    message.setText("Just text.", "UTF-8");
    message.saveChanges();

    ReceivedMail mail = MailMessages.read("carla.coach@northfield.example", message);

    assertThat(mail.textBody()).isEqualTo("Just text.");
    assertThat(mail.htmlBody()).isNull();
  }

  private MimeMessage message() throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("no-reply@rapport.local", "Rapport"));
    message.setRecipients(
        Message.RecipientType.TO, "carla.coach@northfield.example, dan.admin@northfield.example");
    message.setSubject("Ben braucht Hilfe – bald", "UTF-8");
    message.setHeader("X-Rapport-Tenant", "northfield-university");
    return message;
  }

  private static MimeBodyPart part(String text, String subtype) throws Exception {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text, "UTF-8", subtype);
    return part;
  }
}
