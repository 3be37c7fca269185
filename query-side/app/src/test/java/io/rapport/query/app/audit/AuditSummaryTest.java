package io.rapport.query.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.audit.AccessDeniedEvent;
import io.rapport.command.api.chat.ChatKind;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ResearchTopic;
import io.rapport.command.api.chat.Setting;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summaries tell the type and the ids, and never free text or names. */
class AuditSummaryTest {

  private static final String CHAT = "6f1c2a3b-0000-4000-8000-000000000001";
  private static final String RELATIONSHIP = "2a9b7c0d-0000-4000-8000-000000000002";
  private static final String STUDENT = "5e5e5e5e-0000-4000-8000-000000000003";

  @Test
  void tellsAScheduledChatByItsIdsAndKinds() {
    ChatScheduledEvent event =
        new ChatScheduledEvent(
            CHAT,
            RELATIONSHIP,
            STUDENT,
            ChatKind.INFORMATIONAL_INTERVIEW,
            Instant.parse("2026-12-01T10:00:00Z"),
            30,
            Setting.COFFEE_SHOP,
            "Blue Bottle, Market St",
            "Learn how data teams work",
            List.of());

    assertThat(AuditSummary.of(event, "ChatScheduled", STUDENT))
        .isEqualTo(
            "Chat 6f1c2a3b… scheduled (informational interview, coffee shop)"
                + " in relationship 2a9b7c0d…");
  }

  @Test
  void keepsContactsAndFreeTextOut() {
    RelationshipStartedEvent started =
        new RelationshipStartedEvent(
            RELATIONSHIP,
            STUDENT,
            new Contact("Maya Chen", "Acme", "Data Scientist", "maya@acme.example", null),
            "Alumni evening",
            90);
    ResearchNoteAddedEvent note =
        new ResearchNoteAddedEvent(
            CHAT, RELATIONSHIP, STUDENT, "n0te1234-5", ResearchTopic.BACKGROUND, "PhD", null);

    assertThat(AuditSummary.of(started, "RelationshipStarted", STUDENT))
        .isEqualTo("Relationship 2a9b7c0d… started");
    assertThat(AuditSummary.of(note, "ResearchNoteAdded", STUDENT))
        .isEqualTo(
            "Research note n0te1234… added (background) in chat 6f1c2a3b…, relationship 2a9b7c0d…")
        .doesNotContain("PhD");
  }

  @Test
  void tellsADeniedAttemptWithItsCaller() {
    AccessDeniedEvent denied = new AccessDeniedEvent(403, "GET", "/api/v1/audit", "forbidden", 0);

    assertThat(AuditSummary.of(denied, "AccessDenied", "u-ada"))
        .isEqualTo("Denied 403 GET /api/v1/audit to u-ada");
    assertThat(AuditSummary.of(denied, "AccessDenied", null))
        .isEqualTo("Denied 403 GET /api/v1/audit to an unauthenticated caller");
  }

  @Test
  void tellsHowOftenADeniedAttemptWasRepeated() {
    AccessDeniedEvent flood =
        new AccessDeniedEvent(401, "GET", "/api/v1/me", "unauthenticated", 9999);

    assertThat(AuditSummary.of(flood, "AccessDenied", null))
        .isEqualTo(
            "Denied 401 GET /api/v1/me to an unauthenticated caller, and 9999 more times within a"
                + " minute");
  }

  @Test
  void tellsAnyOtherPayloadByItsType() {
    assertThat(AuditSummary.of("text", "SomethingHappened", null)).isEqualTo("Something happened");
  }
}
