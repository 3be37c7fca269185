package io.rapport.query.app.nudge;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import io.rapport.command.api.nudge.NotificationReadEvent;
import io.rapport.command.api.nudge.NudgeChannel;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.query.api.nudge.FollowNotificationsQuery;
import io.rapport.query.api.nudge.NotificationRecorded;
import io.rapport.query.app.store.Generations;
import io.rapport.query.app.store.ReadModelCollections;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Keeps each person's in-app notifications: one document per nudge ({@code notifications}, keyed
 * {@code tenant|recipient|sent millis|nudge}, so that a page is one range of keys, newest first),
 * and those sent and those read ({@code notification_inboxes}, keyed {@code tenant|recipient}): two
 * sets, each a field per nudge id holding its notification's key, so that the events give the same
 * inbox in any order (a rebuild may handle a person's read before the nudge, in another segment).
 * Nudges hold facts, never names: what they say is told when read. Those following their
 * notifications hear of each new one.
 */
@Component
@ProcessingGroup(NotificationProjection.GROUP)
@ReadModelCollections({NotificationProjection.NOTIFICATIONS, NotificationProjection.INBOXES})
class NotificationProjection {

  static final String GROUP = "notifications";
  static final String NOTIFICATIONS = "notifications";
  static final String INBOXES = "notification_inboxes";

  private final ReadModelStore store;
  private final QueryUpdateEmitter followers;

  NotificationProjection(ReadModelStore store, QueryUpdateEmitter followers) {
    this.store = store;
    this.followers = followers;
  }

  /** The key of a notification: its recipient's, then the time it was sent, then its id. */
  static String key(TenantId tenant, String recipientId, Instant sentAt, String nudgeId) {
    return tenant.key(recipientId, String.format("%015d", sentAt.toEpochMilli()), nudgeId);
  }

  @EventHandler
  void on(NudgeSentEvent event, EventMessage<?> message, @Timestamp Instant at) {
    if (!event.channels().contains(NudgeChannel.IN_APP)) {
      return;
    }
    TenantId tenantId = TenantId.of(message);
    TenantCollections tenant = store.of(tenantId);
    String key = key(tenantId, event.recipientId(), at, event.nudgeId());
    tenant.upsert(
        NOTIFICATIONS,
        key,
        combine(
            set("nudgeId", event.nudgeId()),
            set("recipientId", event.recipientId()),
            set("rule", event.rule().name()),
            set("sentAt", Date.from(at)),
            set("studentId", event.studentId()),
            set("relationshipId", event.relationshipId()),
            set("subjectId", event.subjectId()),
            set("dueAt", event.dueAt() == null ? null : Date.from(event.dueAt())),
            set("timeZone", event.timeZone()),
            set("details", event.details())));
    tenant.upsert(INBOXES, tenantId.key(event.recipientId()), set("sent." + event.nudgeId(), key));
    if (!ReplayToken.isReplay(message) && !Generations.inRebuild()) {
      followers.emit(
          (SubscriptionQueryMessage<?, ?, NotificationRecorded> follower) ->
              follower.getPayload() instanceof FollowNotificationsQuery query
                  && event.recipientId().equals(query.recipientId())
                  && tenantId.value().equals(follower.getMetaData().get(TenantId.KEY)),
          new NotificationRecorded(event.recipientId(), event.nudgeId()));
    }
  }

  @EventHandler
  void on(NotificationReadEvent event, EventMessage<?> message, @Timestamp Instant at) {
    TenantId tenantId = TenantId.of(message);
    TenantCollections tenant = store.of(tenantId);
    String key = key(tenantId, event.recipientId(), event.sentAt(), event.nudgeId());
    tenant.upsert(NOTIFICATIONS, key, set("readAt", Date.from(at)));
    tenant.upsert(INBOXES, tenantId.key(event.recipientId()), set("read." + event.nudgeId(), key));
  }
}
