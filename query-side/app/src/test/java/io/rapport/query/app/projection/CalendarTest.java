package io.rapport.query.app.projection;

import static io.rapport.query.app.projection.StudentStory.CONTACT;
import static io.rapport.query.app.projection.StudentStory.HELD_AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.calendar.CalendarTokenIssuedEvent;
import io.rapport.command.api.calendar.CalendarTokenRevokedEvent;
import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.query.api.calendar.CalendarView;
import io.rapport.query.api.calendar.FetchCalendarQuery;
import io.rapport.query.app.Actor;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar feed: the token's hash, and the student's chats it opens. */
@ProjectionTest
class CalendarTest {

  private static final String TOKEN = "a-long-random-calendar-token";
  private static final Actor NOBODY = new Actor(null, null, java.util.List.of());

  @Autowired ProjectionFixture fixture;

  @Test
  void theTokenOpensTheStudentsChats() throws Exception {
    StudentStory story = new StudentStory();
    givenAChatAndAToken(story);

    CalendarView.Chat chat = feed(story, TOKEN).orElseThrow().chats().get(0);

    assertThat(chat.chatId()).isEqualTo(story.chat);
    assertThat(chat.status()).isEqualTo("SCHEDULED");
    assertThat(chat.startsAt()).isEqualTo(HELD_AT);
    assertThat(chat.durationMinutes()).isEqualTo(30);
    assertThat(chat.location()).isEqualTo("Blue Bottle, 5th Avenue");
    assertThat(chat.contactName()).isEqualTo(CONTACT);
    assertThat(chat.revision()).isZero();
    assertThat(feed(story, TOKEN).orElseThrow().chats()).hasSize(1);
  }

  @Test
  void anotherTokenOrARevokedOneOpensNothing() throws Exception {
    StudentStory story = new StudentStory();
    givenAChatAndAToken(story);

    assertThat(feed(story, "a-guessed-token")).isEmpty();
    fixture.given(story.self, new CalendarTokenRevokedEvent(story.student));
    assertThat(feed(story, TOKEN)).isEmpty();
  }

  @Test
  void redeliveryChangesNothing() throws Exception {
    StudentStory story = new StudentStory();
    long before = fixture.head();
    givenAChatAndAToken(story);
    CalendarView first = feed(story, TOKEN).orElseThrow();

    fixture.redeliverSince(before);

    assertThat(feed(story, TOKEN)).contains(first);
  }

  @Test
  void erasingTheContactScrubsTheLocationAndName() throws Exception {
    StudentStory story = new StudentStory();
    givenAChatAndAToken(story);

    fixture.given(
        story.self, new ContactPersonalDataErasedEvent(story.relationship, story.student));

    CalendarView.Chat chat = feed(story, TOKEN).orElseThrow().chats().get(0);
    assertThat(chat.location()).isEqualTo("[erased]");
    assertThat(chat.contactName()).isEqualTo("[erased]");
    assertThat(chat.startsAt()).isEqualTo(HELD_AT);
  }

  private void givenAChatAndAToken(StudentStory story) throws Exception {
    fixture.given(
        story.self,
        story.started(),
        story.scheduled(),
        new CalendarTokenIssuedEvent(story.student, sha256(TOKEN)));
  }

  private Optional<CalendarView> feed(StudentStory story, String token) {
    return fixture.query(NOBODY, new FetchCalendarQuery(story.student, token), CalendarView.class);
  }

  private static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
  }
}
