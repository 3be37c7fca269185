package io.rapport.query.app.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.query.api.nudge.NudgeReport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class NudgeCasesTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-20T00:00:00Z");
  private static final Instant DAY = Instant.parse("2026-11-10T12:00:00Z");

  private final NudgeCases cases = new NudgeCases(FROM, TO, NOW);

  private static Date at(Instant instant) {
    return Date.from(instant);
  }

  /** A set of moments as the projection keeps it: a field per moment, named by its millis. */
  private static Document moments(Instant... instants) {
    Document moments = new Document();
    for (Instant instant : instants) {
      moments.append(String.valueOf(instant.toEpochMilli()), at(instant));
    }
    return moments;
  }

  private static NudgeReport.RuleOutcome rule(List<NudgeReport.RuleOutcome> outcomes, String rule) {
    return outcomes.stream().filter(o -> o.rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void preparationCountsNudgedAndNotNudgedChatsInTheirPeriodOnly() {
    List<Document> chats =
        List.of(
            // nudged, then prepared before the chat
            new Document("deadline", at(DAY))
                .append("nudgedAt", at(DAY.minus(24, ChronoUnit.HOURS)))
                .append("preparedAt", at(DAY.minus(2, ChronoUnit.HOURS))),
            // nudged, never prepared
            new Document("deadline", at(DAY)).append("nudgedAt", at(DAY.minus(1, ChronoUnit.DAYS))),
            // prepared early, so never nudged
            new Document("deadline", at(DAY))
                .append("preparedAt", at(DAY.minus(3, ChronoUnit.DAYS))),
            // cancelled: not a case
            new Document("deadline", at(DAY)).append("ended", true),
            // outside the period
            new Document("deadline", at(TO.plus(1, ChronoUnit.DAYS))));

    NudgeReport.RuleOutcome prepare =
        rule(cases.judged(chats, List.of(), List.of(), List.of(), List.of()), "PREPARE_FOR_CHAT");

    assertThat(prepare.nudged()).isEqualTo(new NudgeReport.Group(2, 1, 0.5));
    assertThat(prepare.notNudged()).isEqualTo(new NudgeReport.Group(1, 1, 1.0));
  }

  @Test
  void aThankYouIsDueInTheWindowAndOverdueForAWeekAfterIt() {
    Instant held = DAY;
    List<Document> meetings =
        List.of(
            new Document("heldAt", at(held))
                .append("nudgedDueAt", at(held.plus(18, ChronoUnit.HOURS)))
                .append("thankedAt", at(held.plus(20, ChronoUnit.HOURS)))
                .append("onTime", true)
                .append("windowHours", 24),
            new Document("heldAt", at(held))
                .append("nudgedDueAt", at(held.plus(18, ChronoUnit.HOURS)))
                .append("nudgedOverdueAt", at(held.plus(24, ChronoUnit.HOURS)))
                .append("thankedAt", at(held.plus(30, ChronoUnit.HOURS)))
                .append("onTime", false)
                .append("windowHours", 24),
            new Document("heldAt", at(held)));

    List<NudgeReport.RuleOutcome> outcomes =
        cases.judged(List.of(), meetings, List.of(), List.of(), List.of());

    assertThat(rule(outcomes, "THANK_YOU_DUE").nudged())
        .isEqualTo(new NudgeReport.Group(2, 1, 0.5));
    assertThat(rule(outcomes, "THANK_YOU_DUE").notNudged())
        .isEqualTo(new NudgeReport.Group(1, 0, 0.0));
    assertThat(rule(outcomes, "THANK_YOU_OVERDUE").nudged())
        .isEqualTo(new NudgeReport.Group(1, 1, 1.0));
    assertThat(rule(outcomes, "THANK_YOU_OVERDUE").notNudged())
        .isEqualTo(new NudgeReport.Group(1, 0, 0.0));
  }

  @Test
  void everySpanBetweenContactsIsATouchpointCase() {
    Instant started = Instant.parse("2026-10-05T00:00:00Z");
    // cadence 30 days: due 4 Nov, nudged then (contact on 5 Nov: in time); next due 5 Dec (outside)
    Document relationship =
        new Document("startedAt", at(started))
            .append("cadenceDays", 30)
            .append("contacts", moments(Instant.parse("2026-11-05T00:00:00Z")))
            .append("nudged", moments(Instant.parse("2026-11-04T00:00:00Z")));
    // due 11 Nov, nobody got in touch, no nudge (the rule was off)
    Document quiet =
        new Document("startedAt", at(Instant.parse("2026-10-12T00:00:00Z")))
            .append("cadenceDays", 30);

    NudgeReport.RuleOutcome touch =
        rule(
            cases.judged(List.of(), List.of(), List.of(relationship, quiet), List.of(), List.of()),
            "TOUCHPOINT_DUE");

    assertThat(touch.nudged()).isEqualTo(new NudgeReport.Group(1, 1, 1.0));
    assertThat(touch.notNudged()).isEqualTo(new NudgeReport.Group(1, 0, 0.0));
  }
}
