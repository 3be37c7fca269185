package io.rapport.query.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.coaching.CoachAssignedEvent;
import io.rapport.command.api.coaching.PersonRegisteredEvent;
import io.rapport.command.api.coaching.StudentEnrolledEvent;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.query.api.coaching.FetchPeopleQuery;
import io.rapport.query.api.coaching.PeopleList;
import io.rapport.query.api.coaching.PeopleList.PersonView;
import io.rapport.query.app.Ids;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The people read model: the tenant's students and coaches, their cohorts and coaches. */
@ProjectionTest
class PeopleProjectionTest {

  @Autowired ProjectionFixture fixture;

  @Test
  void enrolledStudentsAndTheirCoachesAreListed() {
    StudentStory story = new StudentStory();
    String coach = givenAStudentWithACoach(story);

    assertThat(people(story, null))
        .containsExactly(
            new PersonView(
                coach, "lee.c", "Lee Coach", "lee@north.edu", List.of("coach"), null, null),
            new PersonView(
                story.student,
                "maya.s",
                "Maya Student",
                "maya@north.edu",
                List.of("student"),
                "2026-spring",
                coach));
    assertThat(people(story, "coach")).extracting(PersonView::userId).containsExactly(coach);
  }

  @Test
  void redeliveryChangesNothing() {
    StudentStory story = new StudentStory();
    long before = fixture.head();
    givenAStudentWithACoach(story);
    List<PersonView> first = people(story, null);

    fixture.redeliverSince(before);

    assertThat(people(story, null)).isEqualTo(first).hasSize(2);
  }

  @Test
  void erasingTheStudentScrubsTheirNameAndAddress() {
    StudentStory story = new StudentStory();
    String coach = givenAStudentWithACoach(story);

    fixture.given(story.admin, new StudentPersonalDataErasedEvent(story.student));

    assertThat(people(story, "student"))
        .containsExactly(
            new PersonView(
                story.student,
                "[erased]",
                "[erased]",
                "[erased]",
                List.of("student"),
                "2026-spring",
                coach));
    assertThat(people(story, "coach")).extracting(PersonView::name).containsExactly("Lee Coach");
  }

  @Test
  void anotherTenantSeesNone() {
    StudentStory story = new StudentStory();
    givenAStudentWithACoach(story);

    assertThat(
            fixture
                .answer(story.adminElsewhere, new FetchPeopleQuery(null), PeopleList.class)
                .items())
        .isEmpty();
  }

  private String givenAStudentWithACoach(StudentStory story) {
    String coach = Ids.of("coach");
    fixture.given(
        story.admin,
        story.registered(),
        new PersonRegisteredEvent(coach, "lee.c", "Lee Coach", "lee@north.edu", List.of("coach")),
        new StudentEnrolledEvent(story.student, "2026-spring"),
        new CoachAssignedEvent(story.student, coach, null));
    return coach;
  }

  private List<PersonView> people(StudentStory story, String role) {
    return fixture.answer(story.admin, new FetchPeopleQuery(role), PeopleList.class).items();
  }
}
