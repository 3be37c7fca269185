package io.rapport.query.app.projection;

import static io.rapport.query.app.ProjectionFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.nudge.NotificationReadEvent;
import io.rapport.command.api.nudge.NudgeChannel;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.query.api.nudge.FetchNotificationsQuery;
import io.rapport.query.api.nudge.NotificationPage;
import io.rapport.query.api.nudge.NotificationView;
import io.rapport.query.app.Actor;
import io.rapport.query.app.Ids;
import io.rapport.query.app.ProjectionFixture;
import io.rapport.query.app.ProjectionTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's notifications: newest first, paged, read marks, unread counts, their own only. */
@ProjectionTest
class NotificationProjectionTest {

  @Autowired ProjectionFixture fixture;

  private static NudgeSentEvent nudge(String id, String student, Set<NudgeChannel> channels) {
    return new NudgeSentEvent(
        id,
        NudgeRule.THANK_YOU_DUE,
        student,
        student,
        null,
        "chat-" + id,
        NOW,
        Instant.parse("2026-03-11T12:00:00Z"),
        channels,
        "Europe/Paris",
        List.of());
  }

  @Test
  void newestFirstPagedWithReadMarksAndTheUnreadCount() {
    String tenant = Ids.of("tenant");
    String student = Ids.of("student");
    Actor ada = Actor.student(tenant, student);
    Actor policy = new Actor(tenant, "rapport:nudges", List.of());
    Set<NudgeChannel> inApp = Set.of(NudgeChannel.IN_APP);
    fixture.given(policy, NOW, nudge("n1", student, inApp));
    fixture.given(policy, NOW.plus(1, ChronoUnit.HOURS), nudge("n2", student, inApp));
    fixture.given(policy, NOW.plus(2, ChronoUnit.HOURS), nudge("n3", student, inApp));
    fixture.given(
        policy,
        NOW.plus(3, ChronoUnit.HOURS),
        nudge("mail-only", student, Set.of(NudgeChannel.EMAIL)));
    fixture.given(
        ada,
        NOW.plus(4, ChronoUnit.HOURS),
        new NotificationReadEvent(student, "n2", NOW.plus(1, ChronoUnit.HOURS)));

    NotificationPage first =
        fixture.answer(ada, new FetchNotificationsQuery(false, null, 2), NotificationPage.class);
    assertThat(first.items()).extracting(NotificationView::id).containsExactly("n3", "n2");
    assertThat(first.items().get(1).readAt()).isEqualTo(NOW.plus(4, ChronoUnit.HOURS));
    assertThat(first.items().get(0).link()).isEqualTo("/chats/chat-n3");
    assertThat(first.items().get(0).text()).contains("Wed 11 Mar, 13:00");
    assertThat(first.unreadCount()).isEqualTo(2);
    NotificationPage second =
        fixture.answer(
            ada, new FetchNotificationsQuery(false, first.nextCursor(), 2), NotificationPage.class);
    assertThat(second.items()).extracting(NotificationView::id).containsExactly("n1");
    assertThat(second.nextCursor()).isNull();
    assertThat(
            fixture
                .answer(ada, new FetchNotificationsQuery(true, null, 50), NotificationPage.class)
                .items())
        .extracting(NotificationView::id)
        .containsExactly("n3", "n1");
    // another student of the tenant has none of them
    Actor ben = Actor.student(tenant, Ids.of("student"));
    assertThat(
            fixture
                .answer(ben, new FetchNotificationsQuery(false, null, 50), NotificationPage.class)
                .items())
        .isEmpty();
  }

  @Test
  void aReadMarkHandledBeforeItsNudgeGivesTheSameInbox() {
    String tenant = Ids.of("tenant");
    String student = Ids.of("student");
    Actor ada = Actor.student(tenant, student);
    Actor policy = new Actor(tenant, "rapport:nudges", List.of());
    // a rebuild may handle the read (its own sequence) before the nudge (the student's)
    fixture.given(
        ada, NOW.plus(1, ChronoUnit.HOURS), new NotificationReadEvent(student, "n1", NOW));
    assertThat(
            fixture
                .answer(ada, new FetchNotificationsQuery(false, null, 50), NotificationPage.class)
                .items())
        .isEmpty();
    fixture.given(policy, NOW, nudge("n1", student, Set.of(NudgeChannel.IN_APP)));

    NotificationPage page =
        fixture.answer(ada, new FetchNotificationsQuery(false, null, 50), NotificationPage.class);
    assertThat(page.items()).extracting(NotificationView::id).containsExactly("n1");
    assertThat(page.items().get(0).readAt()).isEqualTo(NOW.plus(1, ChronoUnit.HOURS));
    assertThat(page.unreadCount()).isZero();
  }
}
