package io.rapport.query.app.nudge;

import io.rapport.query.api.nudge.NudgeReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Judges the nudge cases as of {@code now}: each case whose deadline falls in [{@code from}, {@code
 * to}) and whose outcome is known (the student acted, or the time to act passed) counts once,
 * nudged or not, acted upon in time or not. In time means: prepared before the chat; the thank-you
 * within the window (due), or within a week after it closed (overdue); in touch within 7 days of
 * the touchpoint's due date; the connection accepted within 28 days of the request; a coach's note
 * within 7 days of their digest.
 */
final class NudgeCases {

  static final Duration WEEK = Duration.ofDays(7);
  static final Duration CONNECTION_WAIT = Duration.ofDays(28);
  static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  private final Instant from;
  private final Instant to;
  private final Instant now;

  NudgeCases(Instant from, Instant to, Instant now) {
    this.from = from;
    this.to = to;
    this.now = now;
  }

  /** The counts of one rule. */
  private static final class Tally {
    final String rule;
    int nudged;
    int nudgedInTime;
    int other;
    int otherInTime;

    Tally(String rule) {
      this.rule = rule;
    }

    void count(boolean wasNudged, boolean inTime) {
      if (wasNudged) {
        nudged++;
        nudgedInTime += inTime ? 1 : 0;
      } else {
        other++;
        otherInTime += inTime ? 1 : 0;
      }
    }

    NudgeReport.RuleOutcome outcome() {
      return new NudgeReport.RuleOutcome(
          rule, group(nudged, nudgedInTime), group(other, otherInTime));
    }

    private static NudgeReport.Group group(int cases, int inTime) {
      return new NudgeReport.Group(cases, inTime, cases == 0 ? null : (double) inTime / cases);
    }
  }

  List<NudgeReport.RuleOutcome> judged(
      List<Document> prepare,
      List<Document> thankYou,
      List<Document> touchpoints,
      List<Document> connections,
      List<Document> digests) {
    Tally prepared = new Tally("PREPARE_FOR_CHAT");
    Tally due = new Tally("THANK_YOU_DUE");
    Tally overdue = new Tally("THANK_YOU_OVERDUE");
    Tally touch = new Tally("TOUCHPOINT_DUE");
    Tally connected = new Tally("CONNECTION_FOLLOW_UP");
    Tally noted = new Tally("COACH_WEEKLY_DIGEST");
    prepare.forEach(doc -> prepare(doc, prepared));
    thankYou.forEach(doc -> thankYou(doc, due, overdue));
    touchpoints.forEach(doc -> touchpoints(doc, touch));
    connections.forEach(doc -> connection(doc, connected));
    digests.forEach(doc -> digests(doc, noted));
    List<NudgeReport.RuleOutcome> outcomes = new ArrayList<>();
    for (Tally tally : List.of(prepared, due, overdue, touch, connected, noted)) {
      outcomes.add(tally.outcome());
    }
    return outcomes;
  }

  private void prepare(Document doc, Tally tally) {
    Instant deadline = instant(doc, "deadline");
    Instant preparedAt = instant(doc, "preparedAt");
    if (deadline == null || doc.getBoolean("ended", false) || !within(deadline)) {
      return;
    }
    boolean inTime = preparedAt != null && !preparedAt.isAfter(deadline);
    if (inTime || now.isAfter(deadline)) {
      tally.count(doc.get("nudgedAt") != null, inTime);
    }
  }

  private void thankYou(Document doc, Tally due, Tally overdue) {
    Instant heldAt = instant(doc, "heldAt");
    if (heldAt == null) {
      return;
    }
    Integer hours = doc.getInteger("windowHours");
    Instant deadline = heldAt.plus(hours == null ? DEFAULT_WINDOW : Duration.ofHours(hours));
    if (!within(deadline)) {
      return;
    }
    Instant thankedAt = instant(doc, "thankedAt");
    boolean onTime = thankedAt != null && doc.getBoolean("onTime", false);
    if (onTime || now.isAfter(deadline)) {
      due.count(doc.get("nudgedDueAt") != null, onTime);
    }
    if (!onTime && now.isAfter(deadline)) {
      boolean late = thankedAt != null && !thankedAt.isAfter(deadline.plus(WEEK));
      if (late || now.isAfter(deadline.plus(WEEK))) {
        overdue.count(doc.get("nudgedOverdueAt") != null, late);
      }
    }
  }

  /** Every span between two contacts (or from the last one until now) is a case. */
  private void touchpoints(Document doc, Tally tally) {
    Instant started = instant(doc, "startedAt");
    Integer cadence = doc.getInteger("cadenceDays");
    if (started == null || cadence == null) {
      return;
    }
    TreeSet<Instant> contacts = new TreeSet<>(instants(doc, "contacts"));
    contacts.add(started);
    TreeSet<Instant> nudges = new TreeSet<>(instants(doc, "nudged"));
    for (Instant last : contacts) {
      if (last.isBefore(started)) {
        continue;
      }
      Instant dueAt = last.plus(Duration.ofDays(cadence));
      Instant next = contacts.higher(last);
      if (!within(dueAt) || (next == null && !now.isAfter(dueAt.plus(WEEK)))) {
        continue;
      }
      boolean inTime = next != null && !next.isAfter(dueAt.plus(WEEK));
      Instant nudge = nudges.higher(last);
      tally.count(nudge != null && (next == null || !nudge.isAfter(next)), inTime);
    }
  }

  private void connection(Document doc, Tally tally) {
    Instant requestedAt = instant(doc, "requestedAt");
    if (requestedAt == null || !within(requestedAt)) {
      return;
    }
    Instant acceptedAt = instant(doc, "acceptedAt");
    Instant deadline = requestedAt.plus(CONNECTION_WAIT);
    boolean inTime = acceptedAt != null && !acceptedAt.isAfter(deadline);
    if (inTime || now.isAfter(deadline)) {
      Instant nudgedAt = instant(doc, "nudgedAt");
      tally.count(nudgedAt != null && !nudgedAt.isBefore(requestedAt), inTime);
    }
  }

  private void digests(Document doc, Tally tally) {
    TreeSet<Instant> notes = new TreeSet<>(instants(doc, "notes"));
    for (Instant sent : instants(doc, "sent")) {
      if (!within(sent)) {
        continue;
      }
      Instant note = notes.higher(sent);
      boolean inTime = note != null && !note.isAfter(sent.plus(WEEK));
      if (inTime || now.isAfter(sent.plus(WEEK))) {
        tally.count(true, inTime);
      }
    }
  }

  private boolean within(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static Instant instant(Document doc, String field) {
    Date date = doc.getDate(field);
    return date == null ? null : date.toInstant();
  }

  /** A set of moments (see {@link NudgeCaseProjection#moment}). */
  private static List<Instant> instants(Document doc, String field) {
    Document moments = doc.get(field, Document.class);
    if (moments == null) {
      return List.of();
    }
    return moments.values().stream()
        .filter(Date.class::isInstance)
        .map(value -> ((Date) value).toInstant())
        .sorted()
        .toList();
  }
}
