package io.rapport.infra.testkit;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a received MIME message into a {@link ReceivedMail}. */
final class MailMessages {

  private MailMessages() {}

  /** Reads a message as delivered to the mailbox of that address. */
  static ReceivedMail read(String mailbox, MimeMessage message) {
    try {
      Bodies bodies = new Bodies();
      bodies.collect(message);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (Header header : Collections.list(message.getAllHeaders())) {
        headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
      }
      headers.replaceAll((name, values) -> List.copyOf(values));
      Address[] from = message.getFrom();
      return new ReceivedMail(
          mailbox,
          addresses(message.getRecipients(Message.RecipientType.TO)),
          from == null || from.length == 0 ? null : address(from[0]),
          message.getSubject(),
          bodies.text,
          bodies.html,
          Collections.unmodifiableMap(headers));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read a received message", e);
    }
  }

  private static List<String> addresses(Address[] addresses) {
    List<String> list = new ArrayList<>();
    if (addresses != null) {
      for (Address address : addresses) {
        list.add(address(address));
      }
    }
    return List.copyOf(list);
  }

  private static String address(Address address) {
    return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
  }

  /** The first text and HTML bodies of a message, found through its multiparts. */
  private static final class Bodies {
    private String text;
    private String html;

    void collect(Part part) throws MessagingException, IOException {
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return;
      }
      if (part.isMimeType("text/plain") && text == null) {
        text = (String) part.getContent();
      } else if (part.isMimeType("text/html") && html == null) {
        html = (String) part.getContent();
      } else if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i));
        }
      }
    }
  }
}
