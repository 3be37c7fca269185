package io.rapport.command.app.chat;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.byAda;
import static io.rapport.command.app.Fixtures.conflict;
import static io.rapport.command.app.Fixtures.invalid;
import static io.rapport.command.app.chat.ChatHistory.CHAT;
import static io.rapport.command.app.chat.ChatHistory.NOW;
import static io.rapport.command.app.chat.ChatHistory.POINTS;
import static io.rapport.command.app.chat.ChatHistory.RELATIONSHIP;
import static io.rapport.command.app.chat.ChatHistory.TWO_HOURS_AGO;
import static io.rapport.command.app.chat.ChatHistory.cancelled;
import static io.rapport.command.app.chat.ChatHistory.chatFixture;
import static io.rapport.command.app.chat.ChatHistory.held;
import static io.rapport.command.app.chat.ChatHistory.noShow;
import static io.rapport.command.app.chat.ChatHistory.scheduled;

import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.LogMeetingCommand;
import io.rapport.command.api.chat.MeetingFlag;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Logging what happened in the meeting. */
class MeetingLogTest {

  static final Instant THREE_HOURS_AGO = NOW.minus(Duration.ofHours(3));
  static final List<String> LEADS = List.of("An unadvertised analyst role in Q1");

  private AggregateTestFixture<Chat> fixture;

  @BeforeEach
  void setUp() {
    fixture = chatFixture();
  }

  private static LogMeetingCommand log(Instant heldAt, int minutes, List<Point> points) {
    return new LogMeetingCommand(
        CHAT, heldAt, minutes, points, "Curiosity matters more than tools", LEADS, true);
  }

  private static MeetingLoggedEvent logged(int minutes, int agreed, Set<MeetingFlag> flags) {
    return new MeetingLoggedEvent(
        CHAT,
        RELATIONSHIP,
        ADA,
        TWO_HOURS_AGO,
        minutes,
        agreed,
        POINTS,
        "Curiosity matters more than tools",
        LEADS,
        true,
        flags);
  }

  @Test
  void canLogAMeetingWithTheAgreedLength() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(TWO_HOURS_AGO, 30, POINTS), ada())
        .expectResultMessagePayload(Set.of())
        .expectEvents(logged(30, 30, Set.of()));
  }

  @Test
  void canLogAMeetingHeldThisVeryMoment() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(NOW, 30, POINTS), ada())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void canLogAMeetingWithoutInsightsOrLeads() {
    List<Point> one = List.of(new Point("p1", "Her path into analytics"));
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(new LogMeetingCommand(CHAT, TWO_HOURS_AGO, 30, one, null, null, false), ada())
        .expectEvents(
            new MeetingLoggedEvent(
                CHAT,
                RELATIONSHIP,
                ADA,
                TWO_HOURS_AGO,
                30,
                30,
                one,
                null,
                List.of(),
                false,
                Set.of()));
  }

  @Test
  void canLogAMeetingThatRanTenMinutesOverWithoutAFlag() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(TWO_HOURS_AGO, 40, POINTS), ada())
        .expectResultMessagePayload(Set.of())
        .expectEvents(logged(40, 30, Set.of()));
  }

  @Test
  void canLogAMeetingThatOverranByMoreThanTenMinutesWithAFlag() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(TWO_HOURS_AGO, 41, POINTS), ada())
        .expectResultMessagePayload(Set.of(MeetingFlag.OVERRAN))
        .expectEvents(logged(41, 30, Set.of(MeetingFlag.OVERRAN)));
  }

  @Test
  void canLogAMeetingAgainstTheLengthItWasRescheduledWith() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(
            scheduled(NOW.plus(Duration.ofDays(1))),
            byAda(
                new ChatRescheduledEvent(
                    CHAT,
                    RELATIONSHIP,
                    ADA,
                    NOW.plus(Duration.ofDays(1)),
                    THREE_HOURS_AGO,
                    60,
                    List.of(AgreedLength.UNUSUAL_NOTE))))
        .when(log(TWO_HOURS_AGO, 70, POINTS), ada())
        .expectEvents(logged(70, 60, Set.of()));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 600})
  void canLogAMeetingOfOneToSixHundredMinutes(int minutes) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(TWO_HOURS_AGO, minutes, POINTS), ada())
        .expectSuccessfulHandlerExecution()
        .expectEvents(logged(minutes, 30, minutes > 40 ? Set.of(MeetingFlag.OVERRAN) : Set.of()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 601})
  void cannotLogAMeetingOfImplausibleLength(int minutes) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(TWO_HOURS_AGO, minutes, POINTS), ada())
        .expectNoEvents()
        .expectException(invalid("durationMinutes"));
  }

  @Test
  void cannotLogAMeetingHeldInTheFuture() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(NOW.plusSeconds(1), 30, POINTS), ada())
        .expectNoEvents()
        .expectException(invalid("heldAt"));
  }

  @Test
  void cannotLogAMeetingWithoutWhenItWasHeld() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(null, 30, POINTS), ada())
        .expectNoEvents()
        .expectException(invalid("heldAt"));
  }

  static Stream<Arguments> pointsThatWillNotDo() {
    return Stream.of(
        Arguments.of("no list", null),
        Arguments.of("no point", List.of()),
        Arguments.of("a missing point", Arrays.asList(new Point("p1", "Her path"), null)),
        Arguments.of("no text", List.of(new Point("p1", null))),
        Arguments.of("blank text", List.of(new Point("p1", "  "))),
        Arguments.of("no id", List.of(new Point(null, "Her path"))),
        Arguments.of("blank id", List.of(new Point(" ", "Her path"))),
        Arguments.of(
            "the same id twice",
            List.of(new Point("p1", "Her path"), new Point("p1", "Her team"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pointsThatWillNotDo")
  void cannotLogAMeetingWithoutDistinctPointsThatHaveTextAndId(String why, List<Point> points) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO))
        .when(log(TWO_HOURS_AGO, 30, points), ada())
        .expectNoEvents()
        .expectException(invalid("points"));
  }

  @Test
  void cannotLogAMeetingTwice() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO), held())
        .when(log(TWO_HOURS_AGO, 30, POINTS), ada())
        .expectNoEvents()
        .expectException(conflict("meeting-already-logged"));
  }

  @Test
  void cannotLogAMeetingOfACancelledChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO), cancelled())
        .when(log(TWO_HOURS_AGO, 30, POINTS), ada())
        .expectNoEvents()
        .expectException(conflict("chat-cancelled"));
  }

  @Test
  void cannotLogAMeetingTheContactMissed() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(THREE_HOURS_AGO), noShow())
        .when(log(TWO_HOURS_AGO, 30, POINTS), ada())
        .expectNoEvents()
        .expectException(conflict("chat-no-show"));
  }
}
