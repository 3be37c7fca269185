package io.rapport.query.app.projection;

import static io.rapport.query.app.projection.StudentStory.CONTACT;
import static io.rapport.query.app.projection.StudentStory.HELD_AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.query.api.student.AgendaView;
import io.rapport.query.api.student.FetchAgendaQuery;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The student's agenda, which the chats and relationships projections write together on the
 * student's document.
 */
@ProjectionTest
class AgendaTest {

  @Autowired ProjectionFixture fixture;

  @Test
  void aChatHeldWithoutAThankYouIsDueWithinTheWindow() {
    StudentStory story = new StudentStory();
    givenAChatHeldButNotThanked(story);

    AgendaView agenda = agenda(story);

    assertThat(agenda.thankYousDue())
        .singleElement()
        .satisfies(
            due -> {
              assertThat(due.chatId()).isEqualTo(story.chat);
              assertThat(due.relationshipId()).isEqualTo(story.relationship);
              assertThat(due.contactName()).isEqualTo(CONTACT);
              assertThat(due.heldAt()).isEqualTo(HELD_AT);
              assertThat(due.dueBy()).isEqualTo(HELD_AT.plus(Duration.ofHours(24)));
            });
    assertThat(agenda.thankYousOverdue()).isEmpty();
    assertThat(agenda.upcomingChats()).isEmpty();
  }

  @Test
  void aThankYouSentTakesTheChatOffTheAgenda() {
    StudentStory story = new StudentStory();
    givenAChatHeldButNotThanked(story);

    fixture.given(story.self, story.thanked());

    assertThat(agenda(story).thankYousDue()).isEmpty();
  }

  @Test
  void redeliveryChangesNothing() {
    StudentStory story = new StudentStory();
    long before = fixture.head();
    givenAChatHeldButNotThanked(story);
    AgendaView first = agenda(story);

    fixture.redeliverSince(before);

    assertThat(agenda(story)).isEqualTo(first);
  }

  @Test
  void erasingTheContactScrubsTheirName() {
    StudentStory story = new StudentStory();
    givenAChatHeldButNotThanked(story);

    fixture.given(
        story.self, new ContactPersonalDataErasedEvent(story.relationship, story.student));

    assertThat(agenda(story).thankYousDue())
        .extracting(AgendaView.ThankYouDue::contactName)
        .containsExactly("[erased]");
  }

  @Test
  void anotherTenantSeesNothing() {
    StudentStory story = new StudentStory();
    givenAChatHeldButNotThanked(story);

    AgendaView elsewhere =
        fixture.answer(
            story.sameIdElsewhere, new FetchAgendaQuery(story.student), AgendaView.class);

    assertThat(elsewhere.thankYousDue()).isEmpty();
    assertThat(elsewhere.upcomingChats()).isEmpty();
    assertThat(elsewhere.touchpointsDue()).isEmpty();
  }

  private void givenAChatHeldButNotThanked(StudentStory story) {
    fixture.given(
        story.self, story.registered(), story.started(), story.scheduled(), story.logged());
  }

  private AgendaView agenda(StudentStory story) {
    return fixture.answer(story.self, new FetchAgendaQuery(story.student), AgendaView.class);
  }
}
