package io.rapport.command.app.chat;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.byAda;
import static io.rapport.command.app.Fixtures.conflict;
import static io.rapport.command.app.Fixtures.invalid;
import static io.rapport.command.app.chat.ChatHistory.CHAT;
import static io.rapport.command.app.chat.ChatHistory.NOW;
import static io.rapport.command.app.chat.ChatHistory.RELATIONSHIP;
import static io.rapport.command.app.chat.ChatHistory.TOMORROW;
import static io.rapport.command.app.chat.ChatHistory.cancelled;
import static io.rapport.command.app.chat.ChatHistory.chatFixture;
import static io.rapport.command.app.chat.ChatHistory.held;
import static io.rapport.command.app.chat.ChatHistory.noShow;
import static io.rapport.command.app.chat.ChatHistory.scheduled;

import io.rapport.command.api.chat.CancelChatCommand;
import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.MarkNoShowCommand;
import io.rapport.command.api.chat.RescheduleChatCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rescheduling, cancelling and the contact's no-show. */
class ChatLifecycleTest {

  static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

  private AggregateTestFixture<Chat> fixture;

  @BeforeEach
  void setUp() {
    fixture = chatFixture();
  }

  @Test
  void canRescheduleAChatKeepingItsAgreedLength() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new RescheduleChatCommand(CHAT, NEXT_WEEK, null), ada())
        .expectResultMessagePayload(List.of())
        .expectEvents(
            new ChatRescheduledEvent(CHAT, RELATIONSHIP, ADA, TOMORROW, NEXT_WEEK, 30, List.of()));
  }

  @Test
  void canRescheduleAChatToAnUnusualLengthWithANote() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new RescheduleChatCommand(CHAT, NEXT_WEEK, 90), ada())
        .expectResultMessagePayload(List.of(AgreedLength.UNUSUAL_NOTE))
        .expectEvents(
            new ChatRescheduledEvent(
                CHAT,
                RELATIONSHIP,
                ADA,
                TOMORROW,
                NEXT_WEEK,
                90,
                List.of(AgreedLength.UNUSUAL_NOTE)));
  }

  @Test
  void canRescheduleARescheduledChatFromItsNewTimeKeepingItsNewLength() {
    Instant inTwoWeeks = NOW.plus(Duration.ofDays(14));
    fixture
        .givenCurrentTime(NOW)
        .andGiven(
            scheduled(),
            byAda(
                new ChatRescheduledEvent(
                    CHAT,
                    RELATIONSHIP,
                    ADA,
                    TOMORROW,
                    NEXT_WEEK,
                    60,
                    List.of(AgreedLength.UNUSUAL_NOTE))))
        .when(new RescheduleChatCommand(CHAT, inTwoWeeks, null), ada())
        .expectEvents(
            new ChatRescheduledEvent(
                CHAT,
                RELATIONSHIP,
                ADA,
                NEXT_WEEK,
                inTwoWeeks,
                60,
                List.of(AgreedLength.UNUSUAL_NOTE)));
  }

  @Test
  void cannotRescheduleAChatIntoThePast() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new RescheduleChatCommand(CHAT, NOW, null), ada())
        .expectNoEvents()
        .expectException(invalid("startsAt"));
  }

  @Test
  void cannotRescheduleAChatWithoutANewStart() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new RescheduleChatCommand(CHAT, null, 30), ada())
        .expectNoEvents()
        .expectException(invalid("startsAt"));
  }

  @ParameterizedTest
  @ValueSource(ints = {14, 121, 0})
  void cannotRescheduleAChatToALengthOutsideFifteenToOneHundredTwentyMinutes(int minutes) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new RescheduleChatCommand(CHAT, NEXT_WEEK, minutes), ada())
        .expectNoEvents()
        .expectException(invalid("durationMinutes"));
  }

  @Test
  void cannotRescheduleAHeldChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), held())
        .when(new RescheduleChatCommand(CHAT, NEXT_WEEK, null), ada())
        .expectNoEvents()
        .expectException(conflict("chat-already-held"));
  }

  @Test
  void cannotRescheduleACancelledChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), cancelled())
        .when(new RescheduleChatCommand(CHAT, NEXT_WEEK, null), ada())
        .expectNoEvents()
        .expectException(conflict("chat-cancelled"));
  }

  @Test
  void cannotRescheduleAChatTheContactMissed() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), noShow())
        .when(new RescheduleChatCommand(CHAT, NEXT_WEEK, null), ada())
        .expectNoEvents()
        .expectException(conflict("chat-no-show"));
  }

  @Test
  void canCancelAScheduledChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new CancelChatCommand(CHAT, "She moved abroad"), ada())
        .expectEvents(new ChatCancelledEvent(CHAT, RELATIONSHIP, ADA, "She moved abroad"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void cannotCancelAChatWithoutAReason(String reason) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new CancelChatCommand(CHAT, reason), ada())
        .expectNoEvents()
        .expectException(invalid("reason"));
  }

  @Test
  void cannotCancelAHeldChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), held())
        .when(new CancelChatCommand(CHAT, "Changed my mind"), ada())
        .expectNoEvents()
        .expectException(conflict("chat-already-held"));
  }

  @Test
  void cannotCancelAChatTwice() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), cancelled())
        .when(new CancelChatCommand(CHAT, "Changed my mind"), ada())
        .expectNoEvents()
        .expectException(conflict("chat-cancelled"));
  }

  @Test
  void cannotCancelAChatTheContactMissed() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), noShow())
        .when(new CancelChatCommand(CHAT, "Changed my mind"), ada())
        .expectNoEvents()
        .expectException(conflict("chat-no-show"));
  }

  @Test
  void canMarkANoShowTheMomentTheChatStarts() {
    fixture
        .givenCurrentTime(TOMORROW)
        .andGiven(scheduled())
        .when(new MarkNoShowCommand(CHAT), ada())
        .expectEvents(new ChatMarkedNoShowEvent(CHAT, RELATIONSHIP, ADA));
  }

  @Test
  void canMarkANoShowAfterTheChatStarted() {
    fixture
        .givenCurrentTime(TOMORROW.plus(Duration.ofHours(3)))
        .andGiven(scheduled())
        .when(new MarkNoShowCommand(CHAT), ada())
        .expectEvents(new ChatMarkedNoShowEvent(CHAT, RELATIONSHIP, ADA));
  }

  @Test
  void cannotMarkANoShowBeforeTheChatStarts() {
    fixture
        .givenCurrentTime(TOMORROW.minusSeconds(1))
        .andGiven(scheduled())
        .when(new MarkNoShowCommand(CHAT), ada())
        .expectNoEvents()
        .expectException(conflict("chat-not-started"));
  }

  @Test
  void cannotMarkANoShowBeforeTheRescheduledStart() {
    fixture
        .givenCurrentTime(TOMORROW.plus(Duration.ofHours(1)))
        .andGiven(
            scheduled(),
            byAda(
                new ChatRescheduledEvent(
                    CHAT, RELATIONSHIP, ADA, TOMORROW, NEXT_WEEK, 30, List.of())))
        .when(new MarkNoShowCommand(CHAT), ada())
        .expectNoEvents()
        .expectException(conflict("chat-not-started"));
  }

  @Test
  void cannotMarkANoShowOfAHeldChat() {
    fixture
        .givenCurrentTime(NEXT_WEEK)
        .andGiven(scheduled(), held(TOMORROW))
        .when(new MarkNoShowCommand(CHAT), ada())
        .expectNoEvents()
        .expectException(conflict("chat-already-held"));
  }

  @Test
  void cannotMarkANoShowOfACancelledChat() {
    fixture
        .givenCurrentTime(NEXT_WEEK)
        .andGiven(scheduled(), cancelled())
        .when(new MarkNoShowCommand(CHAT), ada())
        .expectNoEvents()
        .expectException(conflict("chat-cancelled"));
  }

  @Test
  void cannotMarkANoShowTwice() {
    fixture
        .givenCurrentTime(NEXT_WEEK)
        .andGiven(scheduled(), noShow())
        .when(new MarkNoShowCommand(CHAT), ada())
        .expectNoEvents()
        .expectException(conflict("chat-no-show"));
  }
}
