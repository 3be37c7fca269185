package io.rapport.command.app.nudge;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.nudge.InboxId;
import io.rapport.command.api.nudge.NudgeOutcome;
import io.rapport.command.api.nudge.NudgePolicy;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.nudge.SendNudgeCommand;
import io.rapport.command.app.chat.ThankYouWindow;
import io.rapport.command.app.nudge.PlannedNudge.Recipient;
import io.rapport.command.app.shared.Now;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the nudges that are due, on Axon's clock. Each due nudge is taken from the plan in a
 * transaction of its own, with its row locked so that no other node takes it meanwhile; the tenant
 * must still have its rule on, its reason must still hold ({@link SubjectHistory}), and the
 * recipient's inbox takes it once, as the recipient wants it (or postpones it past their quiet
 * hours). The inbox's event and the plan's update commit together: a crash at any instant leaves
 * the nudge due, and the inbox refuses it a second time.
 */
@Component
public class NudgeDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NudgeDispatcher.class);

  /** Nudges sent in one round at most; the rest wait for the next. */
  private static final int MOST_PER_ROUND = 200;

  private final NudgePlans plans;
  private final SubjectHistory history;
  private final TenantNudges tenantNudges;
  private final ThankYouWindow windows;
  private final ObjectProvider<CoachCaseloads> caseloads;
  private final ObjectProvider<CommandGateway> commands;
  private final TransactionTemplate transactions;

  NudgeDispatcher(
      NudgePlans plans,
      SubjectHistory history,
      TenantNudges tenantNudges,
      ThankYouWindow windows,
      ObjectProvider<CoachCaseloads> caseloads,
      ObjectProvider<CommandGateway> commands,
      TransactionTemplate transactions) {
    this.plans = plans;
    this.history = history;
    this.tenantNudges = tenantNudges;
    this.windows = windows;
    this.caseloads = caseloads;
    this.commands = commands;
    this.transactions = transactions;
  }

  /** Sends what is due now; returns how many nudges were looked at. */
  public int sendDue() {
    return sendDue(null);
  }

  /**
   * Sends what is due now to the people of one tenant only, e.g. for a test that moves Axon's clock
   * ahead and must not nudge anyone else at that instant.
   */
  public int sendDueOf(String tenantId) {
    return sendDue(tenantId);
  }

  private int sendDue(String tenantId) {
    Instant now = Now.instant();
    int handled = 0;
    while (handled < MOST_PER_ROUND
        && Boolean.TRUE.equals(transactions.execute(status -> handleNext(now, tenantId)))) {
      handled++;
    }
    return handled;
  }

  private boolean handleNext(Instant now, String tenantId) {
    Optional<PlannedNudge> next = plans.claimDue(now, tenantId);
    next.ifPresent(planned -> handle(planned, now));
    return next.isPresent();
  }

  private void handle(PlannedNudge planned, Instant now) {
    NudgePolicy policy = tenantNudges.nudgesFor(planned.tenantId());
    NudgeTiming timing = new NudgeTiming(policy, windows.hoursFor(planned.tenantId()));
    NudgeRule rule = planned.rule();
    Instant anchor = planned.anchorAt();
    Instant sendUntil = timing.sendUntil(rule, anchor, planned.cadenceDays());
    if (now.isAfter(sendUntil)) {
      next(planned, now, "its time passed");
      return;
    }
    if (!policy.isOn(rule)) {
      // looked at again when it would no longer be sent: the tenant may turn the rule on meanwhile
      plans.reschedule(planned.planKey(), sendUntil.plusMillis(1));
      return;
    }
    Instant due = timing.due(rule, anchor, planned.cadenceDays());
    if (due.isAfter(now)) {
      plans.reschedule(planned.planKey(), due);
      return;
    }
    SubjectHistory.Verdict verdict = history.of(planned);
    if (verdict instanceof SubjectHistory.Gone) {
      plans.reschedule(planned.planKey(), null);
      return;
    }
    if (verdict instanceof SubjectHistory.Moved moved) {
      plans.moveAnchor(planned.planKey(), moved.anchor(), timing.due(rule, moved.anchor(), null));
      return;
    }
    Optional<String> recipient =
        planned.recipient() == Recipient.STUDENT
            ? Optional.ofNullable(planned.studentId())
            : planned.rule() == NudgeRule.COACH_WEEKLY_DIGEST
                ? Optional.of(planned.subjectId())
                : plans.coachOf(planned.tenantId(), planned.studentId());
    if (recipient.isEmpty()) {
      next(planned, now, "nobody to send it to");
      return;
    }
    List<String> details = List.of();
    if (rule == NudgeRule.COACH_WEEKLY_DIGEST) {
      CoachCaseloads caseload = caseloads.getIfAvailable();
      details =
          caseload == null ? List.of() : caseload.needingHelp(planned.tenantId(), recipient.get());
      if (details.isEmpty()) {
        next(planned, now, "all of the coach's students are doing well");
        return;
      }
    }
    NudgeOutcome outcome =
        commands
            .getObject()
            .sendAndWait(
                GenericCommandMessage.asCommandMessage(
                        new SendNudgeCommand(
                            new InboxId(recipient.get()).value(),
                            nudgeId(planned, due),
                            rule,
                            recipient.get(),
                            planned.studentId(),
                            planned.relationshipId(),
                            planned.subjectId(),
                            anchor,
                            timing.deadline(rule, anchor, planned.cadenceDays()),
                            details))
                    .withMetaData(stamps(planned)));
    if (outcome.status() == NudgeOutcome.Status.POSTPONED) {
      plans.reschedule(planned.planKey(), outcome.until());
    } else {
      next(planned, now, outcome.status().name());
    }
  }

  /**
   * Done with this nudge: a digest moves on to the first Monday morning after both this one's week
   * and now (a digest weeks behind, e.g. planned from old events, skips the weeks gone at once);
   * anything else is sent no more.
   */
  private void next(PlannedNudge planned, Instant now, String why) {
    log.debug("Nudge {} done: {}", planned.planKey(), why);
    if (planned.rule() == NudgeRule.COACH_WEEKLY_DIGEST) {
      ZoneId zone = ZoneId.of(plans.timeZoneOf(planned.subjectId()).orElse("UTC"));
      Instant weekGone = planned.anchorAt().plus(Duration.ofDays(6));
      Instant nextWeek = NudgeTiming.nextDigest(weekGone.isAfter(now) ? weekGone : now, zone);
      plans.moveAnchor(planned.planKey(), nextWeek, nextWeek);
    } else {
      plans.reschedule(planned.planKey(), null);
    }
  }

  /**
   * The nudge's idempotency key: per chat, per chat and recipient, per relationship and due date,
   * per request, per coach and week.
   */
  static String nudgeId(PlannedNudge planned, Instant due) {
    String subject = planned.subjectId();
    return switch (planned.rule()) {
      case PREPARE_FOR_CHAT, THANK_YOU_DUE -> planned.rule() + ":" + subject;
      case THANK_YOU_OVERDUE -> planned.rule() + ":" + subject + ":" + planned.recipient();
      case TOUCHPOINT_DUE ->
          planned.rule()
              + ":"
              + subject
              + ":"
              + DateTimeFormatter.ISO_LOCAL_DATE.format(due.atZone(ZoneOffset.UTC));
      case CONNECTION_FOLLOW_UP -> planned.rule() + ":" + subject + ":" + planned.requestNo();
      case COACH_WEEKLY_DIGEST ->
          planned.rule()
              + ":"
              + subject
              + ":"
              // a Monday 08:00 anywhere falls in the same ISO week as a day later in UTC
              + NudgeTiming.weekOf(planned.anchorAt().plus(Duration.ofDays(1)), ZoneOffset.UTC);
    };
  }

  private static MetaData stamps(PlannedNudge planned) {
    return MetaData.from(
        Map.of(
            Stamp.TENANT_ID.key(), planned.tenantId(),
            Stamp.USER_ID.key(), Inbox.POLICY_ACTOR,
            Stamp.ROLES.key(), List.of(),
            Stamp.CORRELATION_ID.key(), planned.planKey()));
  }
}
