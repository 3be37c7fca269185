package io.rapport.application.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rapport.command.api.Stamp;
import io.rapport.command.api.member.MemberInvitedEvent;
import io.rapport.command.api.member.MemberRole;
import io.rapport.gateway.identity.Organization;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells everyone invited or brought in by a roster that they are expected: Rapport's own mail
 * (plain text and HTML) names the institution and the role and links to Rapport; someone whose
 * e-mail domain the tenant's identity provider serves is told to sign in with the institution's
 * account, anyone else also gets Keycloak's own mail to set a password. A processor of its own,
 * from the head of the store when it first starts: mail goes out at least once per invitation (a
 * crash between the mail and the token sends it again), never for invitations made before it
 * existed. A mail server that is away fails the batch, which is tried again.
 */
@Component
@ProcessingGroup(InvitationMails.GROUP)
class InvitationMails {

  static final String GROUP = "invitation-mails";
  private static final Logger log = LoggerFactory.getLogger(InvitationMails.class);

  /**
   * An import invites thousands at once: the tenant's name and provider are asked once a minute.
   */
  private static final Duration KEPT = Duration.ofMinutes(1);

  private final Cache<String, String> names =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();
  private final Cache<String, List<String>> ssoDomainsOf =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();
  private final JavaMailSender mail;
  private final KeycloakOrganizations organizations;
  private final KeycloakIdentityProviders providers;
  private final InvitationProperties properties;

  InvitationMails(
      JavaMailSender mail,
      KeycloakOrganizations organizations,
      KeycloakIdentityProviders providers,
      InvitationProperties properties) {
    this.mail = mail;
    this.organizations = organizations;
    this.providers = providers;
    this.properties = properties;
  }

  @EventHandler
  void on(MemberInvitedEvent event, EventMessage<?> message) throws MessagingException {
    if (event.email() == null || !event.email().contains("@")) {
      return; // erased before the mail went out
    }
    String tenant = String.valueOf(message.getMetaData().get(Stamp.TENANT_ID.key()));
    String institution =
        names.get(
            tenant,
            alias ->
                organizations.list().stream()
                    .filter(organization -> alias.equals(organization.alias()))
                    .map(Organization::name)
                    .findFirst()
                    .orElse(alias));
    List<String> ssoDomains =
        ssoDomainsOf.get(
            tenant,
            alias -> providers.linked(alias).map(link -> link.emailDomains()).orElse(List.of()));
    boolean bySso = ssoDomains.contains(domainOf(event.email()));
    send(event, institution, bySso);
    if (!bySso) {
      organizations
          .users()
          .get(event.userId())
          .executeActionsEmail(
              properties.webClientId(),
              properties.appUrl() + "/",
              (int) properties.setPasswordFor().toSeconds(),
              List.of("UPDATE_PASSWORD"));
    }
    log.info("Invitation sent to member {} of {}", event.userId(), tenant);
  }

  private void send(MemberInvitedEvent event, String institution, boolean bySso)
      throws MessagingException {
    String role = roleInWords(event.role());
    String howToSignIn =
        bySso
            ? "Sign in with your "
                + institution
                + " account: enter your e-mail address on the"
                + " sign-in page and you will be sent to "
                + institution
                + "'s own sign-in."
            : "A second message, from the sign-in service, lets you set your password.";
    String text =
        "Hello "
            + event.firstName()
            + ",\n\n"
            + institution
            + " invited you to Rapport as "
            + role
            + ".\n"
            + "Rapport helps you prepare informal interviews and networking chats, follow up,"
            + " and keep professional relationships alive.\n\n"
            + howToSignIn
            + "\n\n"
            + "Open Rapport: "
            + properties.appUrl()
            + "/\n";
    String html =
        "<p>Hello "
            + HtmlUtils.htmlEscape(event.firstName())
            + ",</p>"
            + "<p>"
            + HtmlUtils.htmlEscape(institution)
            + " invited you to Rapport as "
            + HtmlUtils.htmlEscape(role)
            + ".</p>"
            + "<p>Rapport helps you prepare informal interviews and networking chats, follow up,"
            + " and keep professional relationships alive.</p>"
            + "<p>"
            + HtmlUtils.htmlEscape(howToSignIn)
            + "</p>"
            + "<p><a href=\""
            + HtmlUtils.htmlEscape(properties.appUrl())
            + "/\">Open Rapport</a></p>";
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(event.email());
    helper.setSubject(institution + " invited you to Rapport");
    helper.setText(text, html);
    mail.send(message);
  }

  private static String roleInWords(MemberRole role) {
    return switch (role) {
      case STUDENT -> "a student";
      case COACH -> "a coach";
      case TENANT_ADMIN -> "an administrator";
    };
  }

  private static String domainOf(String email) {
    return email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
  }
}
