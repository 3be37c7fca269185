package io.rapport.command.app.chat;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.BEN;
import static io.rapport.command.app.Fixtures.OTHER_TENANT;
import static io.rapport.command.app.Fixtures.TENANT;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.notFound;
import static io.rapport.command.app.Fixtures.stamp;
import static io.rapport.command.app.chat.ChatHistory.CHAT;
import static io.rapport.command.app.chat.ChatHistory.NOW;
import static io.rapport.command.app.chat.ChatHistory.POINTS;
import static io.rapport.command.app.chat.ChatHistory.TOMORROW;
import static io.rapport.command.app.chat.ChatHistory.TWO_HOURS_AGO;
import static io.rapport.command.app.chat.ChatHistory.chatFixture;
import static io.rapport.command.app.chat.ChatHistory.held;
import static io.rapport.command.app.chat.ChatHistory.scheduled;

import io.rapport.command.api.chat.AddResearchNoteCommand;
import io.rapport.command.api.chat.CancelChatCommand;
import io.rapport.command.api.chat.LogMeetingCommand;
import io.rapport.command.api.chat.MarkNoShowCommand;
import io.rapport.command.api.chat.PrepareQuestionCommand;
import io.rapport.command.api.chat.RescheduleChatCommand;
import io.rapport.command.api.chat.ResearchTopic;
import io.rapport.command.api.chat.SendThankYouCommand;
import io.rapport.command.api.chat.ThankYouChannel;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only the chat's student acts on it: anyone else, in the same tenant or not, is told that the chat
 * does not exist. Each command is first shown to succeed for the student herself.
 */
class ChatOwnershipTest {

  /** A chat that started two hours ago: every command but the thank-you fits it. */
  static final List<Object> STARTED = List.of(scheduled(TWO_HOURS_AGO.minusSeconds(600)));

  /** The same chat, held: the thank-you fits it. */
  static final List<Object> HELD = List.of(scheduled(TWO_HOURS_AGO.minusSeconds(600)), held());

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("reschedule", STARTED, new RescheduleChatCommand(CHAT, TOMORROW, null)),
        Arguments.of("cancel", STARTED, new CancelChatCommand(CHAT, "Clash with an exam")),
        Arguments.of("no-show", STARTED, new MarkNoShowCommand(CHAT)),
        Arguments.of(
            "research note",
            STARTED,
            new AddResearchNoteCommand(CHAT, "n1", ResearchTopic.PROFILE, "Ex-Acme", null)),
        Arguments.of(
            "question",
            STARTED,
            new PrepareQuestionCommand(CHAT, "q1", "How did you get started?")),
        Arguments.of(
            "meeting",
            STARTED,
            new LogMeetingCommand(CHAT, TWO_HOURS_AGO, 30, POINTS, null, null, false)),
        Arguments.of(
            "thank-you",
            HELD,
            new SendThankYouCommand(
                CHAT, NOW, ThankYouChannel.EMAIL, "Thanks!", List.of("p1", "p2"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void canSendEachCommandAsTheChatsStudent(String name, List<Object> history, Object command) {
    chatFixture()
        .givenCurrentTime(NOW)
        .andGiven(history)
        .when(command, ada())
        .expectSuccessfulHandlerExecution();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void cannotActOnAnotherStudentsChatInTheSameTenant(
      String name, List<Object> history, Object command) {
    refusedAsNotFound(history, command, stamp(TENANT, BEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void cannotActOnAChatOfAnotherTenantUnderTheSameUserId(
      String name, List<Object> history, Object command) {
    refusedAsNotFound(history, command, stamp(OTHER_TENANT, ADA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void cannotActOnAChatWithoutAStamp(String name, List<Object> history, Object command) {
    refusedAsNotFound(history, command, MetaData.emptyInstance());
  }

  private static void refusedAsNotFound(List<Object> history, Object command, MetaData stamp) {
    chatFixture()
        .givenCurrentTime(NOW)
        .andGiven(history)
        .when(command, stamp)
        .expectNoEvents()
        .expectException(notFound());
  }
}
