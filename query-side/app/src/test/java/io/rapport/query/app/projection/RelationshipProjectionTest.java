package io.rapport.query.app.projection;

import static io.rapport.query.app.ProjectionFixture.NOW;
import static io.rapport.query.app.projection.StudentStory.CONTACT;
import static io.rapport.query.app.projection.StudentStory.HELD_AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.privacy.ContactPersonalDataErasedEvent;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.TouchpointKind;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import io.rapport.query.api.NotVisible;
import io.rapport.query.api.relationship.FetchRelationshipsQuery;
import io.rapport.query.api.relationship.FindRelationshipQuery;
import io.rapport.query.api.relationship.RelationshipList;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The relationships read model, read through the relationship and the student's list. */
@ProjectionTest
class RelationshipProjectionTest {

  private static final String ERASED = "[erased]";
  private static final Instant CHECKED_IN = NOW.minus(Duration.ofDays(40));

  @Autowired ProjectionFixture fixture;

  @Test
  void aRelationshipHoldsItsContactConnectionOffersAndOutcomes() {
    StudentStory story = new StudentStory();
    givenARelationship(story);

    RelationshipView view = find(story);

    assertThat(view.relationshipId()).isEqualTo(story.relationship);
    assertThat(view.studentId()).isEqualTo(story.student);
    assertThat(view.contact())
        .isEqualTo(
            new RelationshipView.ContactView(
                CONTACT, "Acme", "Staff Engineer", "dana@acme.com", "https://example.com/dana"));
    assertThat(view.howWeMet()).isEqualTo("Met at the PyData meetup");
    assertThat(view.startedAt()).isEqualTo(NOW.minus(Duration.ofDays(100)));
    assertThat(view.connection())
        .isEqualTo(
            new RelationshipView.Connection(
                "LINKEDIN", "Great to meet you, Dana", NOW.minus(Duration.ofDays(100)), null));
    assertThat(view.reciprocityOffers()).containsExactly("Review Dana's conference talk");
    assertThat(view.outcomes())
        .containsExactly(
            new RelationshipView.Outcome(
                story.outcome, "REFERRAL", "Dana referred me to Lee", NOW));
    // the meeting held five hours ago is the latest contact, whatever order the events came in
    assertThat(view.lastContactAt()).isEqualTo(HELD_AT);
    assertThat(view.cadenceDays()).isEqualTo(30);
    assertThat(view.nextTouchpointDue()).isEqualTo(HELD_AT.plus(Duration.ofDays(30)));
    assertThat(view.status()).isEqualTo("ACTIVE");
    assertThat(
            fixture
                .answer(
                    story.self, new FetchRelationshipsQuery(story.student), RelationshipList.class)
                .items())
        .containsExactly(view);
  }

  @Test
  void aRelationshipWithoutContactForLongerThanItsCadenceIsCooling() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, NOW.minus(Duration.ofDays(100)), story.started());
    fixture.given(
        story.self,
        new TouchpointLoggedEvent(
            story.relationship, story.student, "t1", TouchpointKind.CHECK_IN, "hi", CHECKED_IN),
        new CadenceSetEvent(story.relationship, story.student, 30));

    RelationshipView view = find(story);

    assertThat(view.lastContactAt()).isEqualTo(CHECKED_IN);
    assertThat(view.nextTouchpointDue()).isEqualTo(CHECKED_IN.plus(Duration.ofDays(30)));
    assertThat(view.status()).isEqualTo("COOLING");
  }

  @Test
  void redeliveryChangesNothing() {
    StudentStory story = new StudentStory();
    long before = fixture.head();
    givenARelationship(story);
    RelationshipView first = find(story);
    RelationshipList list =
        fixture.answer(
            story.self, new FetchRelationshipsQuery(story.student), RelationshipList.class);

    fixture.redeliverSince(before);

    assertThat(find(story)).isEqualTo(first);
    assertThat(
            fixture.answer(
                story.self, new FetchRelationshipsQuery(story.student), RelationshipList.class))
        .isEqualTo(list);
    assertThat(first.reciprocityOffers()).hasSize(1);
  }

  @Test
  void erasingTheContactScrubsEverythingSaidAboutThem() {
    StudentStory story = new StudentStory();
    givenARelationship(story);

    fixture.given(
        story.self, new ContactPersonalDataErasedEvent(story.relationship, story.student));

    RelationshipView view = find(story);
    assertThat(view.contact())
        .isEqualTo(new RelationshipView.ContactView(ERASED, ERASED, ERASED, ERASED, ERASED));
    assertThat(view.howWeMet()).isEqualTo(ERASED);
    assertThat(view.connection().message()).isEqualTo(ERASED);
    assertThat(view.connection().platform()).isEqualTo("LINKEDIN");
    assertThat(view.reciprocityOffers()).containsExactly(ERASED);
    assertThat(view.outcomes())
        .containsExactly(new RelationshipView.Outcome(story.outcome, "REFERRAL", ERASED, NOW));
    assertThat(view.lastContactAt()).isEqualTo(HELD_AT);
  }

  @Test
  void anotherTenantSeesNothing() {
    StudentStory story = new StudentStory();
    givenARelationship(story);

    assertThat(
            fixture.refusal(
                story.sameIdElsewhere,
                new FindRelationshipQuery(story.relationship),
                RelationshipView.class))
        .isEqualTo(new NotVisible("relationship", story.relationship));
    assertThat(
            fixture
                .answer(
                    story.sameIdElsewhere,
                    new FetchRelationshipsQuery(story.student),
                    RelationshipList.class)
                .items())
        .isEmpty();
    assertThat(
            fixture.refusal(
                story.adminElsewhere,
                new FetchRelationshipsQuery(story.student),
                RelationshipList.class))
        .isEqualTo(new NotVisible("student", story.student));
  }

  private void givenARelationship(StudentStory story) {
    fixture.given(
        story.self,
        NOW.minus(Duration.ofDays(100)),
        story.registered(),
        story.started(),
        story.connected());
    fixture.given(
        story.self,
        story.scheduled(),
        story.logged(),
        new TouchpointLoggedEvent(
            story.relationship, story.student, "t1", TouchpointKind.CHECK_IN, "hi", CHECKED_IN),
        new CadenceSetEvent(story.relationship, story.student, 30),
        story.offered(),
        story.referred());
  }

  private RelationshipView find(StudentStory story) {
    return fixture.answer(
        story.self, new FindRelationshipQuery(story.relationship), RelationshipView.class);
  }
}
