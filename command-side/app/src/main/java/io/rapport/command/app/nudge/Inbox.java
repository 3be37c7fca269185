package io.rapport.command.app.nudge;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.nudge.ChangeNotificationSettingsCommand;
import io.rapport.command.api.nudge.MarkNotificationReadCommand;
import io.rapport.command.api.nudge.NotificationReadEvent;
import io.rapport.command.api.nudge.NotificationSettings;
import io.rapport.command.api.nudge.NotificationSettingsChangedEvent;
import io.rapport.command.api.nudge.NudgeChannel;
import io.rapport.command.api.nudge.NudgeOutcome;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.command.api.nudge.SendNudgeCommand;
import io.rapport.command.api.nudge.TurnOffNudgeRuleCommand;
import io.rapport.command.app.shared.Now;
import io.rapport.command.app.shared.Owner;
import io.rapport.command.app.shared.Refusals;
import io.rapport.command.app.store.AggregateCacheConfiguration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person's inbox: the nudges they got, which of them they read, and how they want to be nudged.
 * It takes each nudge once (by its id), and only as the person wants it: by the channels they
 * chose, for the rules they kept on, never in their quiet hours (the nudge waits until they end).
 */
@Aggregate(cache = AggregateCacheConfiguration.INBOX_CACHE)
public class Inbox {

  /** The actor the nudge policy's commands are stamped with. */
  public static final String POLICY_ACTOR = "rapport:nudges";

  @AggregateIdentifier private String inboxId;
  private String userId;
  private String tenantId;
  private NotificationSettings settings = NotificationSettings.DEFAULT;
  private final Map<String, Instant> sent = new HashMap<>();
  private final Set<String> read = new HashSet<>();

  /** The nudges shown in the app (only those are read there), with when they were sent. */
  private final Map<String, Instant> inApp = new HashMap<>();

  Inbox() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ChangeNotificationSettingsCommand command, MetaData metaData) {
    String user = ownerOf(command.inboxId(), metaData);
    if (!Objects.equals(user, metaData.get(Stamp.USER_ID.key()))) {
      throw Refusals.notVisible("inbox");
    }
    NotificationSettings changed = NotificationSettingsRules.checked(command.settings());
    if (!changed.equals(settings) || inboxId == null) {
      apply(new NotificationSettingsChangedEvent(user, changed, false));
    }
  }

  /** The gateway has checked the link's signature; the link acts for the person it was sent to. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(TurnOffNudgeRuleCommand command, MetaData metaData) {
    String user = ownerOf(command.inboxId(), metaData);
    if (command.rule() == null) {
      throw Refusals.invalid("rule", "rule is required.");
    }
    if (settings.wants(command.rule()) || inboxId == null) {
      apply(new NotificationSettingsChangedEvent(user, settings.without(command.rule()), true));
    }
  }

  /** Only the nudge policy sends nudges (see {@link NudgeDispatcher}). */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  NudgeOutcome handle(SendNudgeCommand command, MetaData metaData) {
    String user = ownerOf(command.inboxId(), metaData);
    if (!POLICY_ACTOR.equals(metaData.get(Stamp.USER_ID.key()))) {
      throw Refusals.notVisible("inbox");
    }
    if (sent.containsKey(command.nudgeId())) {
      return new NudgeOutcome(NudgeOutcome.Status.ALREADY_SENT, null);
    }
    Set<NudgeChannel> channels = EnumSet.noneOf(NudgeChannel.class);
    if (settings.inApp()) {
      channels.add(NudgeChannel.IN_APP);
    }
    if (settings.email()) {
      channels.add(NudgeChannel.EMAIL);
    }
    if (!settings.wants(command.rule()) || channels.isEmpty()) {
      return new NudgeOutcome(NudgeOutcome.Status.NOT_WANTED, null);
    }
    Optional<Instant> quietUntil =
        QuietTime.endOf(settings.quietHours(), ZoneId.of(settings.timeZone()), Now.instant());
    if (quietUntil.isPresent()) {
      return new NudgeOutcome(NudgeOutcome.Status.POSTPONED, quietUntil.get());
    }
    apply(
        new NudgeSentEvent(
            command.nudgeId(),
            command.rule(),
            user,
            command.studentId(),
            command.relationshipId(),
            command.subjectId(),
            command.anchorAt(),
            command.dueAt(),
            channels,
            settings.timeZone(),
            command.details() == null ? List.of() : List.copyOf(command.details())));
    return new NudgeOutcome(NudgeOutcome.Status.SENT, null);
  }

  @CommandHandler
  void handle(MarkNotificationReadCommand command, MetaData metaData) {
    if (!tenantId.equals(metaData.get(Stamp.TENANT_ID.key()))
        || !userId.equals(metaData.get(Stamp.USER_ID.key()))) {
      throw Refusals.notVisible("inbox");
    }
    Instant sentAt = inApp.get(command.nudgeId());
    if (sentAt == null) {
      throw Refusals.notFound("notification");
    }
    if (!read.contains(command.nudgeId())) {
      apply(new NotificationReadEvent(userId, command.nudgeId(), sentAt));
    }
  }

  /**
   * The person whose inbox this is, which the message must name by its tenant; a new inbox takes
   * its tenant from the message.
   */
  private String ownerOf(String id, MetaData metaData) {
    String tenant = Owner.tenantOf(metaData);
    if (inboxId == null) {
      if (id == null || !id.startsWith("inbox:") || id.length() == "inbox:".length()) {
        throw Refusals.notFound("inbox");
      }
      return id.substring("inbox:".length());
    }
    if (!tenantId.equals(tenant)) {
      throw Refusals.notVisible("inbox");
    }
    return userId;
  }

  @EventSourcingHandler
  void on(NotificationSettingsChangedEvent event, MetaData metaData) {
    started(event.userId(), metaData);
    settings = event.settings();
  }

  @EventSourcingHandler
  void on(NudgeSentEvent event, MetaData metaData, @Timestamp Instant at) {
    started(event.recipientId(), metaData);
    sent.put(event.nudgeId(), at);
    if (event.channels().contains(NudgeChannel.IN_APP)) {
      inApp.put(event.nudgeId(), at);
    }
  }

  @EventSourcingHandler
  void on(NotificationReadEvent event) {
    read.add(event.nudgeId());
  }

  private void started(String user, MetaData metaData) {
    if (inboxId == null) {
      inboxId = "inbox:" + user;
      userId = user;
      tenantId = Owner.tenantOf(metaData);
    }
  }
}
