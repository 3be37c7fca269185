package io.rapport.query.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.api.audit.AuditChainView;
import io.rapport.query.api.audit.AuditEntryView;
import io.rapport.query.api.audit.AuditPage;
import io.rapport.query.api.audit.FetchAuditHistoryQuery;
import io.rapport.query.api.audit.FetchAuditPageQuery;
import io.rapport.query.api.audit.VerifyAuditChainQuery;
import io.rapport.query.app.Actor;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant's audit chain: every event an entry, linked and signed, without personal data. */
@ProjectionTest
class AuditProjectionTest {

  @Autowired ProjectionFixture fixture;

  @Test
  void everyEventOfTheTenantIsAnEntryOfAValidChain() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    List<AuditEntryView> entries = history(story.admin);

    assertThat(entries)
        .extracting(AuditEntryView::sequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(entries)
        .extracting(AuditEntryView::type)
        .containsExactly(
            "PersonRegistered",
            "RelationshipStarted",
            "ChatScheduled",
            "ResearchNoteAdded",
            "QuestionPrepared",
            "MeetingLogged",
            "ThankYouSent");
    assertThat(entries).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(story.student));
    assertThat(fixture.answer(story.admin, new VerifyAuditChainQuery(), AuditChainView.class))
        .isEqualTo(new AuditChainView(true, 7, null, 0));
    AuditPage newest =
        fixture.answer(
            story.admin,
            new FetchAuditPageQuery(null, null, null, null, null, null, 2),
            AuditPage.class);
    assertThat(newest.items()).extracting(AuditEntryView::sequence).containsExactly(7L, 6L);
  }

  @Test
  void entriesHoldNoPersonalData() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    assertThat(history(story.admin))
        .extracting(AuditEntryView::summary)
        .noneMatch(s -> s != null && (s.contains("Dana") || s.contains("Maya")));
  }

  @Test
  void redeliveryNeitherDuplicatesNorForksTheChain() {
    StudentStory story = new StudentStory();
    long before = fixture.head();
    fixture.given(story.self, story.wholeChat());
    List<AuditEntryView> first = history(story.admin);

    fixture.redeliverSince(before);

    assertThat(history(story.admin)).isEqualTo(first).hasSize(7);
    assertThat(fixture.answer(story.admin, new VerifyAuditChainQuery(), AuditChainView.class))
        .isEqualTo(new AuditChainView(true, 7, null, 0));
  }

  @Test
  void anotherTenantsAdminReadsOnlyTheirOwnChain() {
    StudentStory story = new StudentStory();
    fixture.given(story.self, story.wholeChat());

    assertThat(history(story.adminElsewhere)).isEmpty();
    assertThat(
            fixture
                .answer(story.adminElsewhere, new VerifyAuditChainQuery(), AuditChainView.class)
                .entries())
        .isZero();
  }

  private List<AuditEntryView> history(Actor admin) {
    return fixture.stream(admin, new FetchAuditHistoryQuery(null, null), AuditEntryView.class);
  }
}
