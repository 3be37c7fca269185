package io.rapport.query.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.rapport.query.api.relationship.FetchRelationshipsQuery;
import io.rapport.query.api.relationship.RelationshipList;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.api.timeline.FetchStudentTimelineQuery;
import io.rapport.query.api.timeline.TimelineEntryView;
import io.rapport.query.api.timeline.TimelinePage;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import io.rapport.query.app.config.ReadModelProperties;
import io.rapport.query.app.maintenance.ReadModelUpgrades;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A read store left by an earlier version, whose students' lists lived in one shared {@code
 * students} collection, is brought up to date at start with no step for an operator.
 */
@ProjectionTest
class ReadModelUpgradeTest {

  @Autowired ProjectionFixture fixture;
  @Autowired ReadModelUpgrades upgrades;
  @Autowired MongoClient client;
  @Autowired ReadModelProperties properties;

  @Test
  void theStudentsListsOfAnEarlierVersionAreRebuiltIntoTheirNewPlaceAndTheOldOneDropped() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.registered(), story.started());
    assertThat(relationshipsOf(story)).containsExactly(story.relationship);
    MongoDatabase store = client.getDatabase(properties.database());
    // as an earlier version left it: the list in the shared collection, none in the new one
    store.getCollection("students").insertOne(new Document("_id", story.student));
    store
        .getCollection("student_relationships")
        .deleteMany(Filters.eq("_id", story.tenant + "|" + story.student));
    store.getCollection("student_relationships").deleteMany(Filters.eq("_id", story.student));
    assertThat(relationshipsOf(story)).isEmpty();

    upgrades.upgrade().block(Duration.ofSeconds(60));

    assertThat(relationshipsOf(story)).containsExactly(story.relationship);
    assertThat(store.getCollection("students").countDocuments()).isZero();
  }

  @Test
  void timelinesKeptInDayBucketsByAnEarlierVersionAreRebuiltAsEntriesAndTheBucketsDropped() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());
    assertThat(timelineOf(story)).hasSize(6);
    MongoDatabase store = client.getDatabase(properties.database());
    // as an earlier version left it: an index of days and day buckets, no entries of their own
    store.getCollection("timeline_index").insertOne(new Document("_id", story.student));
    store.getCollection("timeline_buckets").insertOne(new Document("_id", story.student + "|day"));
    store.getCollection("timeline_entries").deleteMany(new Document());
    assertThat(timelineOf(story)).isEmpty();

    upgrades.upgrade().block(Duration.ofSeconds(60));

    assertThat(timelineOf(story)).hasSize(6);
    assertThat(store.getCollection("timeline_index").countDocuments()).isZero();
    assertThat(store.getCollection("timeline_buckets").countDocuments()).isZero();
  }

  private List<String> timelineOf(StudentStory story) {
    return fixture
        .answer(
            story.self,
            new FetchStudentTimelineQuery(story.student, null, null, null, null, null, 50, null),
            TimelinePage.class)
        .items()
        .stream()
        .map(TimelineEntryView::id)
        .toList();
  }

  private List<String> relationshipsOf(StudentStory story) {
    return fixture
        .answer(story.self, new FetchRelationshipsQuery(story.student), RelationshipList.class)
        .items()
        .stream()
        .map(RelationshipView::relationshipId)
        .toList();
  }
}
