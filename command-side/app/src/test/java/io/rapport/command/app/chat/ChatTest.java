package io.rapport.command.app.chat;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.BEN;
import static io.rapport.command.app.Fixtures.OTHER_TENANT;
import static io.rapport.command.app.Fixtures.TENANT;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.invalid;
import static io.rapport.command.app.Fixtures.refusal;
import static io.rapport.command.app.Fixtures.stamp;

import io.rapport.command.api.Refusal;
import io.rapport.command.api.chat.ChatKind;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.ScheduleChatCommand;
import io.rapport.command.api.chat.Setting;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.app.relationship.Relationship;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatTest {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

  private AggregateTestFixture<Chat> fixture;
  private EmbeddedEventStore relationshipEvents;

  @BeforeEach
  void setUp() {
    fixture = ChatHistory.chatFixture();
    relationshipEvents =
        EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    EventSourcingRepository<Relationship> relationships =
        EventSourcingRepository.builder(Relationship.class).eventStore(relationshipEvents).build();
    fixture.registerAnnotatedCommandHandler(
        new ScheduleChatHandler(fixture.getRepository(), relationships));
    relationshipEvents.publish(
        new GenericDomainEventMessage<>(
                "Relationship",
                "r1",
                0,
                new RelationshipStartedEvent(
                    "r1", ADA, new Contact("Maya Chen", null, null, null, null), null, 90))
            .andMetaData(ada()));
  }

  private static ScheduleChatCommand schedule(int minutes, Instant startsAt) {
    return new ScheduleChatCommand(
        "c1",
        "r1",
        ADA,
        ChatKind.INFORMATIONAL_INTERVIEW,
        startsAt,
        minutes,
        Setting.COFFEE_SHOP,
        "Blue Bottle",
        "Learn about data teams");
  }

  @Test
  void canScheduleAChatOfTheUsualLengthWithoutNotes() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(30, TOMORROW), ada())
        .expectEvents(
            new ChatScheduledEvent(
                "c1",
                "r1",
                ADA,
                ChatKind.INFORMATIONAL_INTERVIEW,
                TOMORROW,
                30,
                Setting.COFFEE_SHOP,
                "Blue Bottle",
                "Learn about data teams",
                List.of()));
  }

  @Test
  void canScheduleALongerChatWithANote() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(90, TOMORROW), ada())
        .expectResultMessagePayload(List.of(AgreedLength.UNUSUAL_NOTE))
        .expectEvents(
            new ChatScheduledEvent(
                "c1",
                "r1",
                ADA,
                ChatKind.INFORMATIONAL_INTERVIEW,
                TOMORROW,
                90,
                Setting.COFFEE_SHOP,
                "Blue Bottle",
                "Learn about data teams",
                List.of(AgreedLength.UNUSUAL_NOTE)));
  }

  @Test
  void canScheduleTheShortestAndTheLongestChat() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(15, TOMORROW), ada())
        .expectSuccessfulHandlerExecution();
    setUp();
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(120, TOMORROW), ada())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void cannotScheduleAChatShorterThanFifteenMinutes() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(14, TOMORROW), ada())
        .expectNoEvents()
        .expectException(CommandExecutionException.class)
        .expectException(invalid("durationMinutes"));
  }

  @Test
  void cannotScheduleAChatLongerThanTwoHours() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(121, TOMORROW), ada())
        .expectNoEvents()
        .expectException(invalid("durationMinutes"));
  }

  @Test
  void cannotScheduleAChatInThePast() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(30, NOW.minusSeconds(60)), ada())
        .expectNoEvents()
        .expectException(invalid("startsAt"));
  }

  @Test
  void cannotScheduleAChatInAnotherStudentsRelationship() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(30, TOMORROW), stamp(TENANT, BEN))
        .expectNoEvents()
        .expectException(refusal(Refusal.Kind.NOT_FOUND, Refusal.NOT_VISIBLE));
  }

  @Test
  void cannotScheduleAChatInARelationshipOfAnotherTenant() {
    fixture
        .givenCurrentTime(NOW)
        .when(schedule(30, TOMORROW), stamp(OTHER_TENANT, ADA))
        .expectNoEvents()
        .expectException(refusal(Refusal.Kind.NOT_FOUND, Refusal.NOT_VISIBLE));
  }

  @Test
  void cannotScheduleAChatInARelationshipThatDoesNotExist() {
    fixture
        .givenCurrentTime(NOW)
        .when(
            new ScheduleChatCommand(
                "c1",
                "nope",
                ADA,
                ChatKind.NETWORKING_MEETUP,
                TOMORROW,
                30,
                Setting.EVENT,
                null,
                null),
            ada())
        .expectNoEvents()
        .expectException(refusal(Refusal.Kind.NOT_FOUND, "not-found"));
  }
}
