package io.rapport.command.app.chat;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.byAda;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatKind;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.Point;
import io.rapport.command.api.chat.Setting;
import io.rapport.command.api.chat.ThankYouChannel;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.app.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** The fixture and the past events that the chat tests start from. */
final class ChatHistory {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
  static final Instant TWO_HOURS_AGO = NOW.minus(Duration.ofHours(2));
  static final String CHAT = "c1";
  static final String RELATIONSHIP = "r1";
  static final int AGREED_MINUTES = 30;
  static final List<Point> POINTS =
      List.of(
          new Point("p1", "How the data team is organised"),
          new Point("p2", "Moving from analyst to scientist"),
          new Point("p3", "The churn model she built"),
          new Point("p4", "Meetups worth attending"));

  private ChatHistory() {}

  /** A chat fixture with the default thank-you window of 24 hours. */
  static AggregateTestFixture<Chat> chatFixture() {
    return chatFixture(tenantId -> ThankYouWindow.DEFAULT_HOURS);
  }

  /** A chat fixture whose thank-you window is the given one. */
  static AggregateTestFixture<Chat> chatFixture(ThankYouWindow window) {
    AggregateTestFixture<Chat> fixture = Fixtures.fixture(Chat.class);
    fixture.registerInjectableResource(window);
    return fixture;
  }

  /** Ada scheduled a 30-minute chat starting at the given instant. */
  static EventMessage<Object> scheduled(Instant startsAt) {
    return byAda(
        new ChatScheduledEvent(
            CHAT,
            RELATIONSHIP,
            ADA,
            ChatKind.INFORMATIONAL_INTERVIEW,
            startsAt,
            AGREED_MINUTES,
            Setting.COFFEE_SHOP,
            "Blue Bottle",
            "Learn about data teams",
            List.of()));
  }

  /** Ada scheduled a 30-minute chat for tomorrow. */
  static EventMessage<Object> scheduled() {
    return scheduled(TOMORROW);
  }

  static EventMessage<Object> cancelled() {
    return byAda(new ChatCancelledEvent(CHAT, RELATIONSHIP, ADA, "She moved abroad"));
  }

  static EventMessage<Object> noShow() {
    return byAda(new ChatMarkedNoShowEvent(CHAT, RELATIONSHIP, ADA));
  }

  /** The meeting was held at the given instant, with points p1 to p4. */
  static EventMessage<Object> held(Instant heldAt) {
    return byAda(
        new MeetingLoggedEvent(
            CHAT,
            RELATIONSHIP,
            ADA,
            heldAt,
            AGREED_MINUTES,
            AGREED_MINUTES,
            POINTS,
            "Teams value curiosity",
            List.of(),
            true,
            Set.of()));
  }

  /** The meeting was held two hours ago. */
  static EventMessage<Object> held() {
    return held(TWO_HOURS_AGO);
  }

  static EventMessage<Object> thanked() {
    return byAda(
        new ThankYouSentEvent(
            CHAT,
            RELATIONSHIP,
            ADA,
            NOW.minus(Duration.ofHours(1)),
            ThankYouChannel.EMAIL,
            "Thank you!",
            List.of("p1", "p2"),
            TWO_HOURS_AGO,
            60,
            24,
            true));
  }
}
