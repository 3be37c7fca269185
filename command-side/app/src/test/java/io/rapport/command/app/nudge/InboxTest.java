package io.rapport.command.app.nudge;

import static io.rapport.command.app.Fixtures.ADA;
import static io.rapport.command.app.Fixtures.TENANT;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.nudge.ChangeNotificationSettingsCommand;
import io.rapport.command.api.nudge.InboxId;
import io.rapport.command.api.nudge.MarkNotificationReadCommand;
import io.rapport.command.api.nudge.NotificationReadEvent;
import io.rapport.command.api.nudge.NotificationSettings;
import io.rapport.command.api.nudge.NotificationSettingsChangedEvent;
import io.rapport.command.api.nudge.NudgeChannel;
import io.rapport.command.api.nudge.NudgeOutcome;
import io.rapport.command.api.nudge.NudgeRule;
import io.rapport.command.api.nudge.NudgeSentEvent;
import io.rapport.command.api.nudge.QuietHours;
import io.rapport.command.api.nudge.SendNudgeCommand;
import io.rapport.command.api.nudge.TurnOffNudgeRuleCommand;
import io.rapport.command.app.Fixtures;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboxTest {

  private static final String INBOX = new InboxId(ADA).value();
  private static final NotificationSettings PARIS =
      new NotificationSettings(
          true,
          true,
          Map.of(),
          "Europe/Paris",
          new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));

  /** 10:00 in Paris. */
  private static final Instant MORNING = Instant.parse("2026-12-03T09:00:00Z");

  /** 23:00 in Paris. */
  private static final Instant NIGHT = Instant.parse("2026-12-03T22:00:00Z");

  private AggregateTestFixture<Inbox> fixture;

  @BeforeEach
  void setUp() {
    fixture = Fixtures.fixture(Inbox.class);
  }

  private static MetaData policy() {
    return MetaData.from(
        Map.of(
            Stamp.TENANT_ID.key(),
            TENANT,
            Stamp.USER_ID.key(),
            Inbox.POLICY_ACTOR,
            Stamp.ROLES.key(),
            List.of(),
            Stamp.CORRELATION_ID.key(),
            "test"));
  }

  private static SendNudgeCommand nudge(String id, NudgeRule rule) {
    return new SendNudgeCommand(
        INBOX, id, rule, ADA, ADA, "rel-1", "chat-1", MORNING, MORNING.plusSeconds(3600), null);
  }

  private static NudgeSentEvent sent(String id, NudgeRule rule, Set<NudgeChannel> channels) {
    return new NudgeSentEvent(
        id,
        rule,
        ADA,
        ADA,
        "rel-1",
        "chat-1",
        MORNING,
        MORNING.plusSeconds(3600),
        channels,
        "Europe/Paris",
        List.of());
  }

  private static EventMessage<Object> byAda(Object event) {
    return GenericEventMessage.asEventMessage(event).andMetaData(Fixtures.ada());
  }

  private static EventMessage<Object> byPolicy(Object event) {
    return GenericEventMessage.asEventMessage(event).andMetaData(policy());
  }

  @Test
  void aNudgeIsSentOnceByTheChannelsThePersonChose() {
    NotificationSettings emailOnly =
        new NotificationSettings(false, true, Map.of(), "Europe/Paris", PARIS.quietHours());
    fixture
        .givenCurrentTime(MORNING)
        .andGiven(byAda(new NotificationSettingsChangedEvent(ADA, emailOnly, false)))
        .when(nudge("THANK_YOU_DUE:chat-1", NudgeRule.THANK_YOU_DUE), policy())
        .expectResultMessagePayload(new NudgeOutcome(NudgeOutcome.Status.SENT, null))
        .expectEvents(
            sent("THANK_YOU_DUE:chat-1", NudgeRule.THANK_YOU_DUE, Set.of(NudgeChannel.IN_APP)));
    fixture
        .givenCurrentTime(MORNING)
        .andGiven(
            byAda(new NotificationSettingsChangedEvent(ADA, PARIS, false)),
            byPolicy(
                sent(
                    "THANK_YOU_DUE:chat-1",
                    NudgeRule.THANK_YOU_DUE,
                    Set.of(NudgeChannel.IN_APP, NudgeChannel.EMAIL))))
        .when(nudge("THANK_YOU_DUE:chat-1", NudgeRule.THANK_YOU_DUE), policy())
        .expectResultMessagePayload(new NudgeOutcome(NudgeOutcome.Status.ALREADY_SENT, null))
        .expectNoEvents();
  }

  @Test
  void aNudgeDueInQuietHoursWaitsUntilTheyEnd() {
    fixture
        .givenCurrentTime(NIGHT)
        .andGiven(byAda(new NotificationSettingsChangedEvent(ADA, PARIS, false)))
        .when(nudge("PREPARE_FOR_CHAT:chat-1", NudgeRule.PREPARE_FOR_CHAT), policy())
        .expectResultMessagePayload(
            new NudgeOutcome(NudgeOutcome.Status.POSTPONED, Instant.parse("2026-12-04T07:00:00Z")))
        .expectNoEvents();
  }

  @Test
  void aPersonWhoNeverChoseIsNudgedByEveryChannelOutsideTheDefaultQuietHours() {
    fixture
        .givenCurrentTime(Instant.parse("2026-12-03T22:00:00Z"))
        .when(nudge("PREPARE_FOR_CHAT:chat-1", NudgeRule.PREPARE_FOR_CHAT), policy())
        .expectResultMessagePayload(
            new NudgeOutcome(NudgeOutcome.Status.POSTPONED, Instant.parse("2026-12-04T08:00:00Z")))
        .expectNoEvents();
    fixture
        .givenCurrentTime(MORNING)
        .when(nudge("PREPARE_FOR_CHAT:chat-1", NudgeRule.PREPARE_FOR_CHAT), policy())
        .expectEvents(
            new NudgeSentEvent(
                "PREPARE_FOR_CHAT:chat-1",
                NudgeRule.PREPARE_FOR_CHAT,
                ADA,
                ADA,
                "rel-1",
                "chat-1",
                MORNING,
                MORNING.plusSeconds(3600),
                Set.of(NudgeChannel.IN_APP, NudgeChannel.EMAIL),
                "UTC",
                List.of()));
  }

  @Test
  void aRuleThePersonSwitchedOffSendsNothing() {
    fixture
        .givenCurrentTime(MORNING)
        .andGiven(
            byAda(
                new NotificationSettingsChangedEvent(
                    ADA, PARIS.without(NudgeRule.TOUCHPOINT_DUE), true)))
        .when(nudge("TOUCHPOINT_DUE:rel-1:2026-12-03", NudgeRule.TOUCHPOINT_DUE), policy())
        .expectResultMessagePayload(new NudgeOutcome(NudgeOutcome.Status.NOT_WANTED, null))
        .expectNoEvents();
  }

  @Test
  void onlyTheNudgePolicySendsNudges() {
    fixture
        .givenNoPriorActivity()
        .when(nudge("THANK_YOU_DUE:chat-1", NudgeRule.THANK_YOU_DUE), Fixtures.ada())
        .expectException(Fixtures.notFound());
  }

  @Test
  void aPersonChangesTheirOwnSettingsOnly() {
    fixture
        .givenNoPriorActivity()
        .when(new ChangeNotificationSettingsCommand(INBOX, PARIS), Fixtures.ada())
        .expectEvents(
            new NotificationSettingsChangedEvent(
                ADA, NotificationSettingsRules.checked(PARIS), false));
    fixture
        .givenNoPriorActivity()
        .when(
            new ChangeNotificationSettingsCommand(INBOX, PARIS),
            Fixtures.stamp(TENANT, Fixtures.BEN))
        .expectException(Fixtures.notFound());
  }

  @Test
  void anUnknownTimeZoneIsRefused() {
    NotificationSettings nowhere =
        new NotificationSettings(true, true, Map.of(), "Mars/Olympus", PARIS.quietHours());
    fixture
        .givenNoPriorActivity()
        .when(new ChangeNotificationSettingsCommand(INBOX, nowhere), Fixtures.ada())
        .expectException(Fixtures.invalid("timeZone"));
  }

  @Test
  void theUnsubscribeLinkSwitchesOneRuleOff() {
    fixture
        .given(byAda(new NotificationSettingsChangedEvent(ADA, PARIS, false)))
        .when(new TurnOffNudgeRuleCommand(INBOX, NudgeRule.TOUCHPOINT_DUE), Fixtures.ada())
        .expectEvents(
            new NotificationSettingsChangedEvent(
                ADA, PARIS.without(NudgeRule.TOUCHPOINT_DUE), true));
  }

  @Test
  void aNotificationIsReadOnceAndOnlyByItsRecipient() {
    NudgeSentEvent sent =
        sent("THANK_YOU_DUE:chat-1", NudgeRule.THANK_YOU_DUE, Set.of(NudgeChannel.IN_APP));
    fixture
        .givenCurrentTime(MORNING)
        .andGiven(byPolicy(sent))
        .when(new MarkNotificationReadCommand(INBOX, "THANK_YOU_DUE:chat-1"), Fixtures.ada())
        .expectEvents(new NotificationReadEvent(ADA, "THANK_YOU_DUE:chat-1", MORNING));
    fixture
        .givenCurrentTime(MORNING)
        .andGiven(byPolicy(sent))
        .when(
            new MarkNotificationReadCommand(INBOX, "THANK_YOU_DUE:chat-1"),
            Fixtures.stamp(TENANT, Fixtures.BEN))
        .expectException(Fixtures.notFound());
    fixture
        .givenCurrentTime(MORNING)
        .andGiven(byPolicy(sent))
        .when(new MarkNotificationReadCommand(INBOX, "nothing-like-it"), Fixtures.ada())
        .expectException(Fixtures.notFound());
  }
}
