package io.rapport.query.app.projection;

import static io.rapport.query.app.projection.StudentStory.CONTACT;
import static io.rapport.query.app.projection.StudentStory.HELD_AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.query.api.NotVisible;
import io.rapport.query.api.chat.ChatView;
import io.rapport.query.api.chat.FindChatQuery;
import io.rapport.query.app.Actor;
import io.rapport.query.app.Ids;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chats read model, read through {@link FindChatQuery}. */
@ProjectionTest
class ChatProjectionTest {

  private static final String ERASED = "[erased]";

  @Autowired ProjectionFixture fixture;

  @Test
  void aChatHeldAndThankedForIsShownWithItsPreparationMeetingAndThankYou() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    ChatView chat = fixture.answer(story.self, new FindChatQuery(story.chat), ChatView.class);

    assertThat(chat.chatId()).isEqualTo(story.chat);
    assertThat(chat.relationshipId()).isEqualTo(story.relationship);
    assertThat(chat.studentId()).isEqualTo(story.student);
    assertThat(chat.contactName()).isEqualTo(CONTACT);
    assertThat(chat.kind()).isEqualTo("INFORMATIONAL_INTERVIEW");
    assertThat(chat.status()).isEqualTo("HELD");
    assertThat(chat.startsAt()).isEqualTo(HELD_AT);
    assertThat(chat.durationMinutes()).isEqualTo(30);
    assertThat(chat.setting()).isEqualTo("COFFEE_SHOP");
    assertThat(chat.location()).isEqualTo("Blue Bottle, 5th Avenue");
    assertThat(chat.purpose()).isEqualTo("Learn how Dana's platform team works");
    assertThat(chat.notes()).containsExactly("bring a notebook");
    assertThat(chat.scheduledAt()).isEqualTo(ProjectionFixture.NOW);
    assertThat(chat.preparation().researchNotes())
        .extracting(ChatView.ResearchNote::text)
        .containsExactly("Dana led the migration to Kubernetes");
    assertThat(chat.preparation().questions())
        .extracting(ChatView.Question::text)
        .containsExactly("What surprised Dana most about platform work?");
    assertThat(chat.meeting().points())
        .containsExactly(
            new ChatView.Point("p1", "On-call at Acme"),
            new ChatView.Point("p2", "Dana's career path"));
    assertThat(chat.meeting().durationMinutes()).isEqualTo(40);
    assertThat(chat.meeting().insights()).isEqualTo("Dana values writing things down");
    assertThat(chat.meeting().leads()).containsExactly("Acme opens a junior role in May");
    assertThat(chat.thankYou().message())
        .isEqualTo("Thank you Dana, the on-call stories were eye-opening");
    assertThat(chat.thankYou().referencedPointIds()).containsExactly("p1", "p2");
    assertThat(chat.thankYou().onTime()).isTrue();
    assertThat(chat.toDo()).isEmpty();
  }

  @Test
  void aCancelledChatKeepsItsReason() {
    StudentStory story = new StudentStory();
    fixture.given(
        story.self,
        story.started(),
        story.scheduled(),
        new ChatCancelledEvent(story.chat, story.relationship, story.student, "Dana is ill"));

    ChatView chat = fixture.answer(story.self, new FindChatQuery(story.chat), ChatView.class);

    assertThat(chat.status()).isEqualTo("CANCELLED");
    assertThat(chat.cancelReason()).isEqualTo("Dana is ill");
    assertThat(chat.toDo()).isEmpty();
  }

  @Test
  void redeliveryChangesNothing() {
    StudentStory story = new StudentStory();
    long before = fixture.head();
    fixture.given(story.self, story.wholeChat());
    fixture.given(story.self, story.askedAboutSalary());
    ChatView first = fixture.answer(story.self, new FindChatQuery(story.chat), ChatView.class);

    fixture.redeliverSince(before);

    assertThat(fixture.answer(story.self, new FindChatQuery(story.chat), ChatView.class))
        .isEqualTo(first);
    assertThat(first.preparation().questions()).hasSize(2);
    assertThat(first.preparation().flaggedQuestions()).isEqualTo(1);
  }

  @Test
  void erasingTheContactScrubsWhatTheChatSaysAboutThem() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    fixture.given(
        story.self, new ContactPersonalDataErasedEvent(story.relationship, story.student));

    assertScrubbed(fixture.answer(story.self, new FindChatQuery(story.chat), ChatView.class));
  }

  @Test
  void erasingTheStudentScrubsTheirChats() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    fixture.given(story.admin, new StudentPersonalDataErasedEvent(story.student));

    assertScrubbed(fixture.answer(story.admin, new FindChatQuery(story.chat), ChatView.class));
  }

  @Test
  void anotherTenantSeesNothing() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    assertThat(
            fixture.refusal(story.sameIdElsewhere, new FindChatQuery(story.chat), ChatView.class))
        .isEqualTo(new NotVisible("chat", story.chat));
    assertThat(fixture.refusal(story.adminElsewhere, new FindChatQuery(story.chat), ChatView.class))
        .isEqualTo(new NotVisible("chat", story.chat));
  }

  @Test
  void anotherStudentOfTheTenantSeesNothing() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());
    Actor classmate = Actor.student(story.tenant, Ids.of("student"));

    assertThat(fixture.refusal(classmate, new FindChatQuery(story.chat), ChatView.class))
        .isEqualTo(new NotVisible("chat", story.chat));
  }

  /** Every free text is gone; ids, kinds, times and counts are kept. */
  private static void assertScrubbed(ChatView chat) {
    assertThat(chat.contactName()).isEqualTo(ERASED);
    assertThat(chat.location()).isEqualTo(ERASED);
    assertThat(chat.purpose()).isEqualTo(ERASED);
    assertThat(chat.preparation().researchNotes())
        .extracting(ChatView.ResearchNote::text, ChatView.ResearchNote::sourceUrl)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ERASED, ERASED));
    assertThat(chat.preparation().questions())
        .extracting(ChatView.Question::text)
        .containsExactly(ERASED);
    assertThat(chat.meeting().points())
        .containsExactly(new ChatView.Point("p1", ERASED), new ChatView.Point("p2", ERASED));
    assertThat(chat.meeting().insights()).isEqualTo(ERASED);
    assertThat(chat.meeting().leads()).isEqualTo(List.of(ERASED));
    assertThat(chat.thankYou().message()).isEqualTo(ERASED);
    assertThat(chat.status()).isEqualTo("HELD");
    assertThat(chat.startsAt()).isEqualTo(HELD_AT);
    assertThat(chat.meeting().durationMinutes()).isEqualTo(40);
    assertThat(chat.thankYou().referencedPointIds()).containsExactly("p1", "p2");
  }
}
