package io.rapport.query.app.projection;

import static io.rapport.query.app.projection.StudentStory.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.coaching.CoachNoteAddedEvent;
import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.query.api.timeline.FetchRelationshipTimelineQuery;
import io.rapport.query.api.timeline.FetchStudentTimelineQuery;
import io.rapport.query.api.timeline.TimelineEntryView;
import io.rapport.query.api.timeline.TimelinePage;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The timelines of a student and of a relationship. */
@ProjectionTest
class TimelineProjectionTest {

  @Autowired ProjectionFixture fixture;

  @Test
  void everyStepOfTheChatIsAnEntryInTheOrderOfTheStream() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    List<TimelineEntryView> entries = studentTimeline(story);

    assertThat(entries)
        .extracting(TimelineEntryView::type)
        .containsExactlyInAnyOrder(
            "RelationshipStarted",
            "ChatScheduled",
            "ResearchNoteAdded",
            "QuestionPrepared",
            "MeetingLogged",
            "ThankYouSent");
    assertThat(entries).extracting(TimelineEntryView::position).doesNotHaveDuplicates();
    assertThat(entries).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(story.student));
    assertThat(entries)
        .filteredOn(e -> e.type().equals("ThankYouSent"))
        .singleElement()
        .satisfies(e -> assertThat(e.sentence()).contains(CONTACT));
    assertThat(relationshipTimeline(story)).hasSameSizeAs(entries);
  }

  @Test
  void redeliveryChangesNothing() {
    StudentStory story = new StudentStory();
    long before = fixture.head();
    fixture.given(story.self, story.wholeChat());
    TimelinePage student = page(story);
    List<TimelineEntryView> relationship = relationshipTimeline(story);

    fixture.redeliverSince(before);

    assertThat(page(story)).isEqualTo(student);
    assertThat(relationshipTimeline(story)).isEqualTo(relationship).hasSize(6);
  }

  @Test
  void erasingTheContactTakesTheirNameOutOfTheSentences() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    fixture.given(
        story.self, new ContactPersonalDataErasedEvent(story.relationship, story.student));

    List<TimelineEntryView> entries = studentTimeline(story);
    assertThat(entries).extracting(TimelineEntryView::sentence).noneMatch(s -> s.contains("Dana"));
    assertThat(entries)
        .extracting(TimelineEntryView::type)
        .contains("ContactPersonalDataErased", "ThankYouSent");
  }

  @Test
  void aNameAlreadyToldIsErasedAtOnce() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());
    assertThat(studentTimeline(story))
        .extracting(TimelineEntryView::sentence)
        .anyMatch(s -> s.contains(CONTACT));

    fixture.given(
        story.self, new ContactPersonalDataErasedEvent(story.relationship, story.student));

    assertThat(studentTimeline(story))
        .extracting(TimelineEntryView::sentence)
        .noneMatch(s -> s.contains(CONTACT));
    assertThat(relationshipTimeline(story))
        .extracting(TimelineEntryView::sentence)
        .noneMatch(s -> s.contains(CONTACT));
  }

  @Test
  void aStudentsContactsAlreadyToldAreErasedWithTheStudent() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());
    assertThat(studentTimeline(story))
        .extracting(TimelineEntryView::sentence)
        .anyMatch(s -> s.contains(CONTACT));

    fixture.given(story.admin, new StudentPersonalDataErasedEvent(story.student));

    assertThat(studentTimeline(story))
        .extracting(TimelineEntryView::sentence)
        .noneMatch(s -> s.contains(CONTACT));
  }

  @Test
  void erasingTheStudentScrubsTheCoachesNotes() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.registered(), story.started());
    fixture.given(
        story.admin,
        new CoachNoteAddedEvent(story.student, "n1", story.admin.userId(), "Maya is shy"));
    assertThat(coachNoteTexts(story)).containsExactly("Maya is shy");

    fixture.given(story.admin, new StudentPersonalDataErasedEvent(story.student));

    assertThat(coachNoteTexts(story)).containsExactly("[erased]");
    assertThat(studentTimeline(story))
        .extracting(TimelineEntryView::sentence)
        .noneMatch(s -> s.contains("shy"));
  }

  @Test
  void anotherTenantSeesNothing() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    assertThat(
            fixture
                .answer(
                    story.sameIdElsewhere,
                    new FetchStudentTimelineQuery(
                        story.student, null, null, null, null, null, 50, null),
                    TimelinePage.class)
                .items())
        .isEmpty();
    assertThat(
            fixture.query(
                story.sameIdElsewhere,
                new FetchRelationshipTimelineQuery(story.relationship, null, 50, null),
                TimelinePage.class))
        .isEmpty();
  }

  private List<Object> coachNoteTexts(StudentStory story) {
    return studentTimeline(story).stream()
        .filter(e -> e.type().equals("CoachNoteAdded"))
        .map(e -> e.details().get("text"))
        .toList();
  }

  private TimelinePage page(StudentStory story) {
    return fixture.answer(
        story.self,
        new FetchStudentTimelineQuery(story.student, null, null, null, null, null, 50, null),
        TimelinePage.class);
  }

  private List<TimelineEntryView> studentTimeline(StudentStory story) {
    return page(story).items();
  }

  private List<TimelineEntryView> relationshipTimeline(StudentStory story) {
    return fixture
        .answer(
            story.self,
            new FetchRelationshipTimelineQuery(story.relationship, null, 50, null),
            TimelinePage.class)
        .items();
  }
}
