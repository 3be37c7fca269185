package io.rapport.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The embedded mail server keeps what it receives over SMTP, from anyone to anyone, and serves it
 * over IMAP to a login with the recipient's address and any password; closed, it leaves no port
 * open and no thread running.
 */
class EmbeddedMailServerTest {

  @Test
  void keepsWhatItReceivesAndServesItOverImap() throws Exception {
    try (EmbeddedMailServer server = EmbeddedMailServer.start(0, 0)) {
      send(server, "ada.student@northfield.example", "Your invitation", "Welcome, Ada.");

      assertThat(server.receivedMessages())
          .singleElement()
          .satisfies(
              message -> {
                assertThat(message.getSubject()).isEqualTo("Your invitation");
                assertThat(message.getFrom())
                    .containsExactly(new InternetAddress("no-reply@rapport.local"));
                assertThat(((String) message.getContent()).trim()).isEqualTo("Welcome, Ada.");
              });

      Session session = Session.getInstance(new Properties());
      try (Store store = session.getStore("imap")) {
        store.connect(
            server.host(), server.imapPort(), "ada.student@northfield.example", "any password");
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        Message[] messages = inbox.getMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getSubject()).isEqualTo("Your invitation");
        assertThat(((String) messages[0].getContent()).trim()).isEqualTo("Welcome, Ada.");
        inbox.close(false);
      }
    }
  }

  @Test
  void eachRecipientReadsOnlyTheirOwnMail() throws Exception {
    try (EmbeddedMailServer server = EmbeddedMailServer.start(0, 0)) {
      send(server, "ada.student@northfield.example", "For Ada", "a");
      send(server, "ben.student@northfield.example", "For Ben", "b");

      assertThat(server.receivedMessages())
          .extracting(MimeMessage::getSubject)
          .containsExactlyInAnyOrder("For Ada", "For Ben");
      assertThat(imapSubjects(server, "ben.student@northfield.example")).containsExactly("For Ben");
    }
  }

  @Test
  void tellsWhichMailboxEachMessageWentToBlindCopiesIncluded() throws Exception {
    try (EmbeddedMailServer server = EmbeddedMailServer.start(0, 0)) {
      Properties properties = new Properties();
      properties.put("mail.smtp.host", server.host());
      properties.put("mail.smtp.port", String.valueOf(server.smtpPort()));
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom("no-reply@rapport.local");
      message.setRecipients(Message.RecipientType.TO, "ada.student@northfield.example");
      message.setRecipients(Message.RecipientType.BCC, "carla.coach@northfield.example");
      message.setSubject("Ada's reminder");
      message.setText("x");
      Transport.send(message);

      assertThat(server.receivedMessagesByMailbox())
          .containsOnlyKeys("ada.student@northfield.example", "carla.coach@northfield.example")
          .allSatisfy(
              (mailbox, messages) ->
                  assertThat(messages)
                      .singleElement()
                      .satisfies(
                          received ->
                              assertThat(received.getSubject()).isEqualTo("Ada's reminder")));
    }
  }

  @Test
  void listensOnTheLoopbackAddressOnlyAndClosesEverythingItOpened() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    EmbeddedMailServer server = EmbeddedMailServer.start(0, 0);
    int smtp = server.smtpPort();
    int imap = server.imapPort();
    send(server, "dan.admin@northfield.example", "Hello", "x");
    assertThat(imapSubjects(server, "dan.admin@northfield.example")).containsExactly("Hello");
    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(listens(smtp)).isTrue();

    server.close();

    assertThat(server.isRunning()).isFalse();
    assertThat(listens(smtp)).isFalse();
    assertThat(listens(imap)).isFalse();
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(Thread::isAlive)
        .filteredOn(thread -> !before.contains(thread))
        .filteredOn(thread -> thread.getClass().getName().startsWith("com.icegreen"))
        .isEmpty();
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(thread -> !before.contains(thread))
        .extracting(Thread::getName)
        .noneMatch(
            name -> name.contains(String.valueOf(smtp)) || name.contains(String.valueOf(imap)));
  }

  @Test
  void refusesToStartOnATakenPortAndSaysWhich() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));

      assertThatThrownBy(() -> EmbeddedMailServer.start(taken.getLocalPort(), 0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Port " + taken.getLocalPort())
          .hasMessageContaining("rapport.mail.smtp-port");
    }
  }

  private static void send(EmbeddedMailServer server, String to, String subject, String text)
      throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", server.host());
    properties.put("mail.smtp.port", String.valueOf(server.smtpPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom("no-reply@rapport.local");
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject(subject);
    message.setText(text);
    Transport.send(message);
  }

  private static java.util.List<String> imapSubjects(EmbeddedMailServer server, String address)
      throws MessagingException {
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect(server.host(), server.imapPort(), address, "x");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      java.util.List<String> subjects = new java.util.ArrayList<>();
      for (Message message : inbox.getMessages()) {
        subjects.add(message.getSubject());
      }
      inbox.close(false);
      return subjects;
    }
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return socket.isConnected();
    } catch (IOException e) {
      return false;
    }
  }
}
