package io.rapport.command.app.chat;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.ada;
import static io.rapport.command.app.Fixtures.conflict;
import static io.rapport.command.app.Fixtures.invalid;
import static io.rapport.command.app.chat.ChatHistory.CHAT;
import static io.rapport.command.app.chat.ChatHistory.NOW;
import static io.rapport.command.app.chat.ChatHistory.RELATIONSHIP;
import static io.rapport.command.app.chat.ChatHistory.cancelled;
import static io.rapport.command.app.chat.ChatHistory.chatFixture;
import static io.rapport.command.app.chat.ChatHistory.held;
import static io.rapport.command.app.chat.ChatHistory.noShow;
import static io.rapport.command.app.chat.ChatHistory.scheduled;

import io.rapport.command.api.chat.AddResearchNoteCommand;
import io.rapport.command.api.chat.PrepareQuestionCommand;
import io.rapport.command.api.chat.QuestionFlag;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ResearchTopic;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Research notes on the contact and questions prepared for a scheduled chat. */
class ChatPreparationTest {

  static final String POST = "https://example.org/maya-chen/churn";

  private AggregateTestFixture<Chat> fixture;

  @BeforeEach
  void setUp() {
    fixture = chatFixture();
  }

  @Test
  void canAddAResearchNoteWithItsSource() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(
            new AddResearchNoteCommand(
                CHAT, "n1", ResearchTopic.PUBLICATIONS, "Wrote about churn models", POST),
            ada())
        .expectEvents(
            new ResearchNoteAddedEvent(
                CHAT,
                RELATIONSHIP,
                ADA,
                "n1",
                ResearchTopic.PUBLICATIONS,
                "Wrote about churn models",
                POST));
  }

  @Test
  void canAddAResearchNoteWithoutASource() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(
            new AddResearchNoteCommand(
                CHAT, "n1", ResearchTopic.BACKGROUND, "Ten years in retail analytics", null),
            ada())
        .expectEvents(
            new ResearchNoteAddedEvent(
                CHAT,
                RELATIONSHIP,
                ADA,
                "n1",
                ResearchTopic.BACKGROUND,
                "Ten years in retail analytics",
                null));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " \t "})
  void cannotAddAResearchNoteWithoutText(String text) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new AddResearchNoteCommand(CHAT, "n1", ResearchTopic.PROFILE, text, null), ada())
        .expectNoEvents()
        .expectException(invalid("text"));
  }

  @Test
  void cannotAddAResearchNoteWithoutATopic() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new AddResearchNoteCommand(CHAT, "n1", null, "Leads the data team", null), ada())
        .expectNoEvents()
        .expectException(invalid("topic"));
  }

  @Test
  void cannotAddAResearchNoteToAHeldChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), held())
        .when(note(), ada())
        .expectNoEvents()
        .expectException(conflict("chat-already-held"));
  }

  @Test
  void cannotAddAResearchNoteToACancelledChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), cancelled())
        .when(note(), ada())
        .expectNoEvents()
        .expectException(conflict("chat-cancelled"));
  }

  @Test
  void cannotAddAResearchNoteToAChatTheContactMissed() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), noShow())
        .when(note(), ada())
        .expectNoEvents()
        .expectException(conflict("chat-no-show"));
  }

  @Test
  void canPrepareAnOpenQuestionWithoutFlags() {
    String text = "What do you enjoy most about your role?";
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new PrepareQuestionCommand(CHAT, "q1", text), ada())
        .expectResultMessagePayload(Set.of())
        .expectEvents(new QuestionPreparedEvent(CHAT, RELATIONSHIP, ADA, "q1", text, Set.of()));
  }

  @Test
  void canPrepareAQuestionToReconsiderWhichIsFlaggedNotRefused() {
    String text = "Is your team hiring right now?";
    Set<QuestionFlag> flags = Set.of(QuestionFlag.JOB_OPENING, QuestionFlag.CLOSED_ENDED);
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new PrepareQuestionCommand(CHAT, "q1", text), ada())
        .expectResultMessagePayload(flags)
        .expectEvents(new QuestionPreparedEvent(CHAT, RELATIONSHIP, ADA, "q1", text, flags));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void cannotPrepareAQuestionWithoutText(String text) {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled())
        .when(new PrepareQuestionCommand(CHAT, "q1", text), ada())
        .expectNoEvents()
        .expectException(invalid("text"));
  }

  @Test
  void cannotPrepareAQuestionForAHeldChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), held())
        .when(question(), ada())
        .expectNoEvents()
        .expectException(conflict("chat-already-held"));
  }

  @Test
  void cannotPrepareAQuestionForACancelledChat() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), cancelled())
        .when(question(), ada())
        .expectNoEvents()
        .expectException(conflict("chat-cancelled"));
  }

  @Test
  void cannotPrepareAQuestionForAChatTheContactMissed() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(scheduled(), noShow())
        .when(question(), ada())
        .expectNoEvents()
        .expectException(conflict("chat-no-show"));
  }

  private static AddResearchNoteCommand note() {
    return new AddResearchNoteCommand(
        CHAT, "n1", ResearchTopic.COMPANY_NEWS, "Acme opened a Berlin office", null);
  }

  private static PrepareQuestionCommand question() {
    return new PrepareQuestionCommand(CHAT, "q1", "How did you move into data science?");
  }
}
