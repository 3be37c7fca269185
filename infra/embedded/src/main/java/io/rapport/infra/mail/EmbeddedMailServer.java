package io.rapport.infra.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail's SMTP and IMAP servers on 127.0.0.1, with the mail they receive kept in memory until
 * {@link #close()}. Anyone may send, to any address; each address gets a mailbox on first mail,
 * which IMAP serves to a login with that address and any password.
 */
public final class EmbeddedMailServer implements AutoCloseable {

  /** The only address the servers listen on. */
  public static final String HOST = "127.0.0.1";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

  private final GreenMail greenMail;

  private EmbeddedMailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  /**
   * Starts both servers; returns once they accept connections.
   *
   * @param smtpPort the SMTP port, or 0 for any free port
   * @param imapPort the IMAP port, or 0 for any free port
   * @throws IllegalStateException when a port is taken
   */
  public static EmbeddedMailServer start(int smtpPort, int imapPort) {
    ensurePortFree(smtpPort, "SMTP");
    ensurePortFree(imapPort, "IMAP");
    GreenMail greenMail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    try {
      greenMail.start();
    } catch (RuntimeException e) {
      greenMail.stop();
      throw new IllegalStateException(
          "The embedded mail server did not start on ports " + smtpPort + " and " + imapPort, e);
    }
    EmbeddedMailServer server = new EmbeddedMailServer(greenMail);
    log.info(
        "Embedded mail server: SMTP {}:{}, IMAP {}:{}",
        HOST,
        server.smtpPort(),
        HOST,
        server.imapPort());
    return server;
  }

  /** The host the servers listen on, {@value #HOST}. */
  public String host() {
    return HOST;
  }

  /** The port SMTP listens on. */
  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  /** The port IMAP listens on. */
  public int imapPort() {
    return greenMail.getImap().getPort();
  }

  /** Tells whether the servers run. */
  public boolean isRunning() {
    return greenMail.isRunning();
  }

  /**
   * Every message received so far, one per mailbox it went to (a message to two addresses is there
   * twice), mailbox by mailbox, each in the order it arrived.
   */
  public List<MimeMessage> receivedMessages() {
    return List.of(greenMail.getReceivedMessages());
  }

  /**
   * The messages received so far by mailbox: by the address each was delivered to (whether it was
   * named in {@code To}, {@code Cc} or {@code Bcc}), each in the order it arrived.
   */
  public Map<String, List<MimeMessage>> receivedMessagesByMailbox() {
    Map<String, List<MimeMessage>> mailboxes = new LinkedHashMap<>();
    for (GreenMailUser user : greenMail.getUserManager().listUser()) {
      try {
        mailboxes.put(
            user.getEmail(),
            greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .map(StoredMessage::getMimeMessage)
                .toList());
      } catch (FolderException e) {
        throw new IllegalStateException("Cannot read the mailbox of " + user.getEmail(), e);
      }
    }
    return mailboxes;
  }

  /** Stops both servers and their connections; the mail they kept is gone. */
  @Override
  public void close() {
    if (greenMail.isRunning()) {
      greenMail.stop();
      log.info("Stopped the embedded mail server");
    }
  }

  private static void ensurePortFree(int port, String protocol) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(HOST, port));
    } catch (BindException e) {
      throw new IllegalStateException(
          "Port "
              + port
              + " (embedded mail server, "
              + protocol
              + ") is already in use: stop whatever listens there (an earlier Rapport?) or"
              + " choose another port (rapport.mail."
              + protocol.toLowerCase(Locale.ROOT)
              + "-port, 0 for any)");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check port " + port, e);
    }
  }
}
