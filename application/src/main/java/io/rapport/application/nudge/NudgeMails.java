package io.rapport.application.nudge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rapport.application.identity.InvitationProperties;
import io.rapport.application.identity.RecipientAddresses;
import io.rapport.command.api.Stamp;
import io.rapport.command.api.nudge.NudgeChannel;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.gateway.nudge.UnsubscribeLinks;
import io.rapport.query.api.nudge.DescribeNudgeQuery;
import io.rapport.query.api.nudge.NotificationView;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends the nudges that chose e-mail: plain text and HTML, with the times in the recipient's time
 * zone, a link to the page it is about, and a one-click unsubscribe of its rule ({@code
 * List-Unsubscribe} with {@code List-Unsubscribe-Post}, RFC 8058). A processor of its own, from the
 * head of the store when it first starts: each nudge is mailed at least once (a crash between the
 * mail and the token sends it again). A mail server that is away fails the batch, which is tried
 * again.
 */
@Component
@ProcessingGroup(NudgeMails.GROUP)
class NudgeMails {

  static final String GROUP = "nudge-mails";
  private static final Logger log = LoggerFactory.getLogger(NudgeMails.class);

  private final Cache<String, Optional<String>> addresses =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();
  private final JavaMailSender mail;
  private final RecipientAddresses recipients;
  private final ObjectProvider<QueryGateway> queries;
  private final UnsubscribeLinks links;
  private final InvitationProperties properties;

  NudgeMails(
      JavaMailSender mail,
      RecipientAddresses recipients,
      ObjectProvider<QueryGateway> queries,
      UnsubscribeLinks links,
      InvitationProperties properties) {
    this.mail = mail;
    this.recipients = recipients;
    this.queries = queries;
    this.links = links;
    this.properties = properties;
  }

  @EventHandler
  void on(NudgeSentEvent event, EventMessage<?> message) throws MessagingException {
    if (!event.channels().contains(NudgeChannel.EMAIL)) {
      return;
    }
    String tenant = String.valueOf(message.getMetaData().get(Stamp.TENANT_ID.key()));
    Optional<String> address =
        addresses.get(event.recipientId(), id -> recipients.emailOf(id).map(String::trim));
    if (address.isEmpty() || !address.get().contains("@")) {
      log.info("Nudge {} not mailed: its recipient has no e-mail address", event.nudgeId());
      return;
    }
    NotificationView nudge = describe(event, tenant);
    String unsubscribe =
        properties.appUrl()
            + "/api/v1/unsubscribe/"
            + links.token(tenant, event.recipientId(), event.rule());
    String open = properties.appUrl() + nudge.link();
    String settings = properties.appUrl() + "/notification-settings";
    String text =
        nudge.text()
            + "\n\nOpen in Rapport: "
            + open
            + "\n\n--\nStop these reminders: "
            + unsubscribe
            + "\nAll your notification settings: "
            + settings
            + "\n";
    String html =
        "<p>"
            + HtmlUtils.htmlEscape(nudge.text())
            + "</p><p><a href=\""
            + HtmlUtils.htmlEscape(open)
            + "\">Open in Rapport</a></p><hr><p style=\"font-size:small\"><a href=\""
            + HtmlUtils.htmlEscape(unsubscribe)
            + "\">Stop these reminders</a> · <a href=\""
            + HtmlUtils.htmlEscape(settings)
            + "\">Notification settings</a></p>";
    MimeMessage mime = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(address.get());
    helper.setSubject(nudge.title());
    helper.setText(text, html);
    mime.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
    mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    mail.send(mime);
    log.info("Nudge {} mailed to {}", event.rule(), event.recipientId());
  }

  private NotificationView describe(NudgeSentEvent event, String tenant) {
    MetaData stamps =
        MetaData.from(
            Map.of(
                Stamp.TENANT_ID.key(), tenant,
                Stamp.USER_ID.key(), event.recipientId(),
                Stamp.ROLES.key(), List.of(),
                Stamp.CORRELATION_ID.key(), event.nudgeId()));
    return queries
        .getObject()
        .query(
            new GenericMessage<>(
                new DescribeNudgeQuery(
                    event.rule().name(),
                    event.recipientId(),
                    event.studentId(),
                    event.relationshipId(),
                    event.subjectId(),
                    event.dueAt(),
                    event.timeZone(),
                    event.details()),
                stamps),
            ResponseTypes.instanceOf(NotificationView.class))
        .join();
  }
}
