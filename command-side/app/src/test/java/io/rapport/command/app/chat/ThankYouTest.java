package io.rapport.command.app.chat;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.TENANT;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.conflict;
import static io.rapport.command.app.Fixtures.invalid;
import static io.rapport.command.app.chat.ChatHistory.CHAT;
import static io.rapport.command.app.chat.ChatHistory.NOW;
import static io.rapport.command.app.chat.ChatHistory.RELATIONSHIP;
import static io.rapport.command.app.chat.ChatHistory.TWO_HOURS_AGO;
import static io.rapport.command.app.chat.ChatHistory.cancelled;
import static io.rapport.command.app.chat.ChatHistory.chatFixture;
import static io.rapport.command.app.chat.ChatHistory.held;
import static io.rapport.command.app.chat.ChatHistory.noShow;
import static io.rapport.command.app.chat.ChatHistory.scheduled;
import static io.rapport.command.app.chat.ChatHistory.thanked;

import io.rapport.command.api.chat.SendThankYouCommand;
import io.rapport.command.api.chat.ThankYouChannel;
import io.rapport.command.api.chat.ThankYouReceipt;
import io.rapport.command.api.chat.ThankYouSentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The thank-you after the meeting: two or three of its points, on time within the window. */
class ThankYouTest {

  static final Instant SCHEDULED_START = NOW.minus(Duration.ofDays(3));
  static final String MESSAGE = "Thank you for the churn model walkthrough!";
  static final List<String> TWO_POINTS = List.of("p1", "p3");

  private AggregateTestFixture<Chat> fixture;

  @BeforeEach
  void setUp() {
    fixture = chatFixture();
  }

  private static SendThankYouCommand thankYou(Instant sentAt, List<String> pointIds) {
    return new SendThankYouCommand(CHAT, sentAt, ThankYouChannel.EMAIL, MESSAGE, pointIds);
  }

  private static ThankYouSentEvent sent(
      Instant heldAt, List<String> pointIds, long minutes, int window, boolean onTime) {
    return new ThankYouSentEvent(
        CHAT,
        RELATIONSHIP,
        ADA,
        NOW,
        ThankYouChannel.EMAIL,
        MESSAGE,
        pointIds,
        heldAt,
        minutes,
        window,
        onTime);
  }

  @Test
  void canSendAThankYouReferringToTwoPointsOnTime() {
    ThankYouSentEvent expected = sent(TWO_HOURS_AGO, TWO_POINTS, 120, 24, true);
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectResultMessagePayload(new ThankYouReceipt(true, 120, 24))
        .expectEvents(expected);
  }

  @Test
  void canSendAThankYouReferringToThreePoints() {
    List<String> three = List.of("p4", "p2", "p1");
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(thankYou(NOW, three), ada())
        .expectEvents(sent(TWO_HOURS_AGO, three, 120, 24, true));
  }

  @Test
  void canSendAThankYouTheMomentTheMeetingEnds() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held(NOW))
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectEvents(sent(NOW, TWO_POINTS, 0, 24, true));
  }

  @Test
  void canSendAThankYouOnTimeAtTheVeryEndOfTheWindow() {
    Instant heldAt = NOW.minus(Duration.ofHours(24));
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held(heldAt))
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectEvents(sent(heldAt, TWO_POINTS, 1440, 24, true));
  }

  @Test
  void canSendALateThankYouWhichIsMarkedLate() {
    Instant heldAt = NOW.minus(Duration.ofHours(24)).minus(Duration.ofMinutes(1));
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held(heldAt))
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectSuccessfulHandlerExecution()
        .expectEvents(sent(heldAt, TWO_POINTS, 1441, 24, false));
  }

  @Test
  void canSendAThankYouOnTimeWithinTheTenantsOwnWindow() {
    fixture = chatFixture(tenantId -> TENANT.equals(tenantId) ? 48 : 1);
    Instant heldAt = NOW.minus(Duration.ofHours(30));
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held(heldAt))
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectEvents(sent(heldAt, TWO_POINTS, 1800, 48, true));
  }

  @Test
  void cannotSendAThankYouBeforeTheMeetingIsLogged() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START))
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectNoEvents()
        .expectException(conflict("meeting-not-logged"));
  }

  @Test
  void cannotSendAThankYouForACancelledChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), cancelled())
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectNoEvents()
        .expectException(conflict("meeting-not-logged"));
  }

  @Test
  void cannotSendAThankYouForAChatTheContactMissed() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), noShow())
        .when(thankYou(NOW, TWO_POINTS), ada())
        .expectNoEvents()
        .expectException(conflict("meeting-not-logged"));
  }

  @Test
  void cannotSendASecondThankYou() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held(), thanked())
        .when(thankYou(NOW, List.of("p3", "p4")), ada())
        .expectNoEvents()
        .expectException(conflict("thank-you-already-sent"));
  }

  static Stream<List<String>> referencesThatWillNotDo() {
    return Stream.of(
        null,
        List.of(),
        List.of("p1"),
        List.of("p1", "p2", "p3", "p4"),
        List.of("p1", "p1"),
        List.of("p1", "p2", "p1"),
        Arrays.asList("p1", null));
  }

  @ParameterizedTest
  @MethodSource("referencesThatWillNotDo")
  void cannotSendAThankYouReferringToOtherThanTwoOrThreeDistinctPoints(List<String> pointIds) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(thankYou(NOW, pointIds), ada())
        .expectNoEvents()
        .expectException(invalid("referencedPointIds"));
  }

  @Test
  void cannotSendAThankYouReferringToAPointNotDiscussedInThisMeeting() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(thankYou(NOW, List.of("p1", "p9")), ada())
        .expectNoEvents()
        .expectException(conflict("unknown-point"));
  }

  @Test
  void cannotSendAThankYouDatedInTheFuture() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(thankYou(NOW.plusSeconds(1), TWO_POINTS), ada())
        .expectNoEvents()
        .expectException(invalid("sentAt"));
  }

  @Test
  void cannotSendAThankYouWithoutWhenItWasSent() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(thankYou(null, TWO_POINTS), ada())
        .expectNoEvents()
        .expectException(invalid("sentAt"));
  }

  @Test
  void cannotSendAThankYouDatedBeforeTheMeeting() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(thankYou(TWO_HOURS_AGO.minusSeconds(60), TWO_POINTS), ada())
        .expectNoEvents()
        .expectException(invalid("sentAt"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void cannotSendAThankYouWithoutAMessage(String message) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(
            new SendThankYouCommand(CHAT, NOW, ThankYouChannel.LINKEDIN, message, TWO_POINTS),
            ada())
        .expectNoEvents()
        .expectException(invalid("message"));
  }

  @Test
  void cannotSendAThankYouWithoutAChannel() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(SCHEDULED_START), held())
        .when(new SendThankYouCommand(CHAT, NOW, null, MESSAGE, TWO_POINTS), ada())
        .expectNoEvents()
        .expectException(invalid("channel"));
  }
}
