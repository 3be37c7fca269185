package io.rapport.command.app.nudge;

import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatMarkedNoShowEvent;
import io.rapport.command.api.chat.ChatRescheduledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.coaching.CoachAssignedEvent;
import io.rapport.command.api.member.MemberDeactivatedEvent;
import io.rapport.command.api.nudge.NotificationSettingsChangedEvent;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.privacy.StudentPersonalDataErasedEvent;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.ConnectionAcceptedEvent;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import io.rapport.command.api.tenant.TenantSettingsChangedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.chat.ThankYouWindow;
import io.rapport.command.app.nudge.PlannedNudge.Recipient;
import io.rapport.command.app.shared.Owner;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the nudge plan from the events: what each rule will remind of, and when. A processor of
 * its own on the event store (see {@link NudgePlanConfiguration}), whose token is stored in the
 * same PostgreSQL transaction as the plan, so that a crash loses or repeats nothing. Whether a
 * planned nudge is still worth sending is checked again when it is due ({@link NudgeDispatcher}).
 */
@Component
@ProcessingGroup(NudgePlanner.GROUP)
class NudgePlanner {

  static final String GROUP = "nudge-plans";

  private static final List<NudgeRule> THANK_YOU =
      List.of(NudgeRule.THANK_YOU_DUE, NudgeRule.THANK_YOU_OVERDUE);

  private final NudgePlans plans;
  private final TenantNudges tenantNudges;
  private final ThankYouWindow windows;

  NudgePlanner(NudgePlans plans, TenantNudges tenantNudges, ThankYouWindow windows) {
    this.plans = plans;
    this.tenantNudges = tenantNudges;
    this.windows = windows;
  }

  @EventHandler
  void on(ChatScheduledEvent event, EventMessage<?> message) {
    String tenant = tenantOf(message);
    plan(
        tenant,
        NudgeRule.PREPARE_FOR_CHAT,
        Recipient.STUDENT,
        event.studentId(),
        event.chatId(),
        event.relationshipId(),
        event.startsAt(),
        null,
        null);
  }

  @EventHandler
  void on(ChatRescheduledEvent event, EventMessage<?> message) {
    String key = key(NudgeRule.PREPARE_FOR_CHAT, event.chatId(), Recipient.STUDENT);
    plans
        .find(key)
        .filter(planned -> planned.dueAt() != null)
        .ifPresent(
            planned ->
                plans.moveAnchor(
                    key,
                    event.startsAt(),
                    timing(planned.tenantId())
                        .due(NudgeRule.PREPARE_FOR_CHAT, event.startsAt(), null)));
  }

  @EventHandler
  void on(QuestionPreparedEvent event) {
    plans.close(event.chatId(), List.of(NudgeRule.PREPARE_FOR_CHAT));
  }

  @EventHandler
  void on(ResearchNoteAddedEvent event) {
    plans.close(event.chatId(), List.of(NudgeRule.PREPARE_FOR_CHAT));
  }

  @EventHandler
  void on(ChatCancelledEvent event) {
    plans.close(event.chatId(), List.of(NudgeRule.PREPARE_FOR_CHAT));
  }

  @EventHandler
  void on(ChatMarkedNoShowEvent event) {
    plans.close(event.chatId(), List.of(NudgeRule.PREPARE_FOR_CHAT));
  }

  @EventHandler
  void on(MeetingLoggedEvent event, EventMessage<?> message) {
    String tenant = tenantOf(message);
    plans.close(event.chatId(), List.of(NudgeRule.PREPARE_FOR_CHAT));
    plan(
        tenant,
        NudgeRule.THANK_YOU_DUE,
        Recipient.STUDENT,
        event.studentId(),
        event.chatId(),
        event.relationshipId(),
        event.heldAt(),
        null,
        null);
    for (Recipient recipient : Recipient.values()) {
      plan(
          tenant,
          NudgeRule.THANK_YOU_OVERDUE,
          recipient,
          event.studentId(),
          event.chatId(),
          event.relationshipId(),
          event.heldAt(),
          null,
          null);
    }
    contact(tenant, event.studentId(), event.relationshipId(), event.heldAt(), null);
  }

  @EventHandler
  void on(ThankYouSentEvent event) {
    plans.close(event.chatId(), THANK_YOU);
  }

  @EventHandler
  void on(RelationshipStartedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    contact(tenantOf(message), event.studentId(), event.relationshipId(), at, event.cadenceDays());
  }

  @EventHandler
  void on(TouchpointLoggedEvent event, EventMessage<?> message) {
    contact(tenantOf(message), event.studentId(), event.relationshipId(), event.at(), null);
  }

  @EventHandler
  void on(CadenceSetEvent event, EventMessage<?> message) {
    String key = key(NudgeRule.TOUCHPOINT_DUE, event.relationshipId(), Recipient.STUDENT);
    plans
        .find(key)
        .ifPresent(
            planned ->
                plan(
                    planned.tenantId(),
                    NudgeRule.TOUCHPOINT_DUE,
                    Recipient.STUDENT,
                    planned.studentId(),
                    planned.subjectId(),
                    planned.relationshipId(),
                    planned.anchorAt(),
                    event.everyDays(),
                    null));
  }

  @EventHandler
  void on(
      ConnectionRequestedEvent event,
      EventMessage<?> message,
      @Timestamp Instant at,
      @SequenceNumber long sequence) {
    plan(
        tenantOf(message),
        NudgeRule.CONNECTION_FOLLOW_UP,
        Recipient.STUDENT,
        event.studentId(),
        event.relationshipId(),
        event.relationshipId(),
        at,
        null,
        sequence);
  }

  @EventHandler
  void on(ConnectionAcceptedEvent event) {
    plans.close(event.relationshipId(), List.of(NudgeRule.CONNECTION_FOLLOW_UP));
  }

  @EventHandler
  void on(CoachAssignedEvent event, EventMessage<?> message, @Timestamp Instant at) {
    String tenant = tenantOf(message);
    plans.assignCoach(tenant, event.studentId(), event.coachId());
    String key = key(NudgeRule.COACH_WEEKLY_DIGEST, event.coachId(), Recipient.COACH);
    if (plans.find(key).isEmpty()) {
      planDigest(tenant, event.coachId(), at);
    }
  }

  @EventHandler
  void on(NotificationSettingsChangedEvent event, @Timestamp Instant at) {
    plans.setTimeZone(event.userId(), event.settings().timeZone());
    String key = key(NudgeRule.COACH_WEEKLY_DIGEST, event.userId(), Recipient.COACH);
    plans
        .find(key)
        .filter(planned -> planned.dueAt() != null)
        .ifPresent(planned -> planDigest(planned.tenantId(), event.userId(), at));
  }

  @EventHandler
  void on(TenantSettingsChangedEvent event) {
    replanTenant(event.tenantId());
  }

  @EventHandler
  void on(ThankYouWindowSetEvent event) {
    replanTenant(event.tenantId());
  }

  @EventHandler
  void on(MemberDeactivatedEvent event) {
    plans.closeEverythingOf(event.userId());
  }

  @EventHandler
  void on(StudentPersonalDataErasedEvent event) {
    plans.closeEverythingOf(event.studentId());
  }

  /** The next digest of the coach: the first Monday morning after {@code after}, in their zone. */
  void planDigest(String tenant, String coachId, Instant after) {
    ZoneId zone = ZoneId.of(plans.timeZoneOf(coachId).orElse("UTC"));
    plan(
        tenant,
        NudgeRule.COACH_WEEKLY_DIGEST,
        Recipient.COACH,
        null,
        coachId,
        null,
        NudgeTiming.nextDigest(after, zone),
        null,
        null);
  }

  /** A contact with the relationship's contact: the next touchpoint counts from the latest one. */
  private void contact(
      String tenant, String studentId, String relationshipId, Instant at, Integer cadence) {
    String key = key(NudgeRule.TOUCHPOINT_DUE, relationshipId, Recipient.STUDENT);
    var known = plans.find(key);
    Instant anchor = at;
    Integer cadenceDays = cadence;
    if (known.isPresent()) {
      if (!at.isAfter(known.get().anchorAt())) {
        return; // an earlier contact, told late: the latest still counts
      }
      cadenceDays = cadence != null ? cadence : known.get().cadenceDays();
    }
    plan(
        tenant,
        NudgeRule.TOUCHPOINT_DUE,
        Recipient.STUDENT,
        studentId,
        relationshipId,
        relationshipId,
        anchor,
        cadenceDays,
        null);
  }

  /** The tenant's policy changed: its pending nudges are due when the new policy says. */
  private void replanTenant(String tenant) {
    NudgeTiming timing = timing(tenant);
    for (NudgeRule rule : NudgeRule.values()) {
      for (PlannedNudge planned : plans.pending(tenant, rule)) {
        plans.reschedule(
            planned.planKey(), timing.due(rule, planned.anchorAt(), planned.cadenceDays()));
      }
    }
  }

  private void plan(
      String tenant,
      NudgeRule rule,
      Recipient recipient,
      String studentId,
      String subjectId,
      String relationshipId,
      Instant anchor,
      Integer cadenceDays,
      Long requestNo) {
    String coachId = rule == NudgeRule.COACH_WEEKLY_DIGEST ? subjectId : null;
    plans.plan(
        new PlannedNudge(
            key(rule, subjectId, recipient),
            tenant,
            rule,
            recipient,
            studentId,
            coachId,
            subjectId,
            relationshipId,
            anchor,
            cadenceDays,
            requestNo,
            timing(tenant).due(rule, anchor, cadenceDays)));
  }

  private NudgeTiming timing(String tenant) {
    return new NudgeTiming(tenantNudges.nudgesFor(tenant), windows.hoursFor(tenant));
  }

  /** The plan's key: one planned nudge per rule, subject and recipient. */
  static String key(NudgeRule rule, String subjectId, Recipient recipient) {
    return rule.name() + ":" + subjectId + ":" + recipient.name();
  }

  private static String tenantOf(EventMessage<?> message) {
    return Owner.tenantOf(message.getMetaData());
  }
}
