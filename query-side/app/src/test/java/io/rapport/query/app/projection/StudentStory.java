package io.rapport.query.app.projection;

import static io.rapport.query.app.ProjectionFixture.NOW;

import io.rapport.command.api.chat.ChatKind;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.Point;
import io.rapport.command.api.chat.QuestionFlag;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ResearchTopic;
import io.rapport.command.api.chat.Setting;
import io.rapport.command.api.chat.ThankYouChannel;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.coaching.PersonRegisteredEvent;
import io.rapport.command.api.relationship.ConnectionPlatform;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.OutcomeKind;
import io.rapport.command.api.relationship.OutcomeRecordedEvent;
import io.rapport.command.api.relationship.ReciprocityOfferedEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.query.app.Actor;
import io.rapport.query.app.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One student's networking with one contact, in a tenant of its own: the events of a chat from
 * scheduling to thank-you, with personal data in every free-text field, and the people who ask.
 */
final class StudentStory {

  static final String CONTACT = "Dana Chen";
  static final Instant HELD_AT = NOW.minus(Duration.ofHours(5));

  final String tenant = Ids.of("tenant");
  final String student = Ids.of("student");
  final String relationship = Ids.of("relationship");
  final String chat = Ids.of("chat");
  final String outcome = Ids.of("outcome");

  /** The student, acting and reading for themselves. */
  final Actor self = Actor.student(tenant, student);

  /** The tenant's admin. */
  final Actor admin = Actor.tenantAdmin(tenant, Ids.of("admin"));

  /** Another tenant's student who happens to have the same id: sees nothing of this one. */
  final Actor sameIdElsewhere = Actor.student(Ids.of("other-tenant"), student);

  /** Another tenant's admin. */
  final Actor adminElsewhere = Actor.tenantAdmin(sameIdElsewhere.tenantId(), Ids.of("admin"));

  PersonRegisteredEvent registered() {
    return new PersonRegisteredEvent(
        student, "maya.s", "Maya Student", "maya@north.edu", List.of("student"));
  }

  RelationshipStartedEvent started() {
    return new RelationshipStartedEvent(
        relationship,
        student,
        new Contact(CONTACT, "Acme", "Staff Engineer", "dana@acme.com", "https://example.com/dana"),
        "Met at the PyData meetup",
        90);
  }

  ChatScheduledEvent scheduled() {
    return new ChatScheduledEvent(
        chat,
        relationship,
        student,
        ChatKind.INFORMATIONAL_INTERVIEW,
        HELD_AT,
        30,
        Setting.COFFEE_SHOP,
        "Blue Bottle, 5th Avenue",
        "Learn how Dana's platform team works",
        List.of("bring a notebook"));
  }

  ResearchNoteAddedEvent noted() {
    return new ResearchNoteAddedEvent(
        chat,
        relationship,
        student,
        "note-1",
        ResearchTopic.RECENT_PROJECTS,
        "Dana led the migration to Kubernetes",
        "https://example.com/dana/talk");
  }

  QuestionPreparedEvent asked() {
    return new QuestionPreparedEvent(
        chat,
        relationship,
        student,
        "question-1",
        "What surprised Dana most about platform work?",
        Set.of());
  }

  QuestionPreparedEvent askedAboutSalary() {
    return new QuestionPreparedEvent(
        chat,
        relationship,
        student,
        "question-2",
        "What does Acme pay?",
        Set.of(QuestionFlag.SALARY));
  }

  MeetingLoggedEvent logged() {
    return new MeetingLoggedEvent(
        chat,
        relationship,
        student,
        HELD_AT,
        40,
        30,
        List.of(new Point("p1", "On-call at Acme"), new Point("p2", "Dana's career path")),
        "Dana values writing things down",
        List.of("Acme opens a junior role in May"),
        true,
        Set.of());
  }

  ThankYouSentEvent thanked() {
    return new ThankYouSentEvent(
        chat,
        relationship,
        student,
        HELD_AT.plus(Duration.ofHours(2)),
        ThankYouChannel.EMAIL,
        "Thank you Dana, the on-call stories were eye-opening",
        List.of("p1", "p2"),
        HELD_AT,
        120,
        24,
        true);
  }

  ConnectionRequestedEvent connected() {
    return new ConnectionRequestedEvent(
        relationship, student, ConnectionPlatform.LINKEDIN, "Great to meet you, Dana");
  }

  ReciprocityOfferedEvent offered() {
    return new ReciprocityOfferedEvent(relationship, student, "Review Dana's conference talk");
  }

  OutcomeRecordedEvent referred() {
    return new OutcomeRecordedEvent(
        relationship, student, outcome, OutcomeKind.REFERRAL, "Dana referred me to Lee", NOW);
  }

  /** Everything, from the person's registration to the thank-you. */
  Object[] wholeChat() {
    return new Object[] {
      registered(), started(), scheduled(), noted(), asked(), logged(), thanked()
    };
  }
}
