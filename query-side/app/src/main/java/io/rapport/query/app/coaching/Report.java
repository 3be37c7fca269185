package io.rapport.query.app.coaching;

import io.rapport.query.api.coaching.FetchNetworkingReportQuery;
import io.rapport.query.api.coaching.NetworkingReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Counts the networking funnel per cohort and chat kind. Chats count in the period they were
 * scheduled in; relationships in the period they started in, under the kind of their first chat.
 */
final class Report {

  static final String NO_COHORT = "(none)";
  static final String NO_CHAT = "NO_CHAT";

  private Report() {}

  /** The counters of one row, filled while walking chats and relationships. */
  private static final class Counts {
    int scheduled;
    int held;
    int thanked;
    int onTime;
    int requested;
    int accepted;
    int reciprocity;
    final Map<String, Integer> outcomes = new TreeMap<>();
    final List<Long> minutesToThankYou = new ArrayList<>();
  }

  static NetworkingReport of(
      FetchNetworkingReportQuery query,
      List<Document> people,
      List<Document> chats,
      List<Document> relationships) {
    Map<String, String> cohortOf = new HashMap<>();
    people.forEach(
        p ->
            cohortOf.put(
                p.getString("userId"),
                Objects.requireNonNullElse(p.getString("cohort"), NO_COHORT)));
    Map<String, Document> firstChatOf = new HashMap<>();
    Map<List<String>, Counts> rows =
        new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (Document chat : chats) {
      firstChatOf.merge(
          chat.getString("relationshipId"),
          chat,
          (a, b) -> a.getDate("scheduledAt").before(b.getDate("scheduledAt")) ? a : b);
      if (!within(query, chat.getDate("scheduledAt"))) {
        continue;
      }
      String cohort = cohortOf.getOrDefault(chat.getString("studentId"), NO_COHORT);
      if (query.cohort() != null && !query.cohort().equals(cohort)) {
        continue;
      }
      Counts counts =
          rows.computeIfAbsent(List.of(cohort, chat.getString("kind")), k -> new Counts());
      counts.scheduled++;
      if (chat.get("meeting") != null) {
        counts.held++;
      }
      Document thankYou = chat.get("thankYou", Document.class);
      if (thankYou != null) {
        counts.thanked++;
        if (thankYou.getBoolean("onTime", false)) {
          counts.onTime++;
        }
        counts.minutesToThankYou.add(((Number) thankYou.get("minutesAfterMeeting")).longValue());
      }
    }
    for (Document relationship : relationships) {
      if (!within(query, relationship.getDate("startedAt"))) {
        continue;
      }
      String cohort = cohortOf.getOrDefault(relationship.getString("studentId"), NO_COHORT);
      if (query.cohort() != null && !query.cohort().equals(cohort)) {
        continue;
      }
      Document first = firstChatOf.get(relationship.getString("_id"));
      String kind = first == null ? NO_CHAT : first.getString("kind");
      Counts counts = rows.computeIfAbsent(List.of(cohort, kind), k -> new Counts());
      Document connection = relationship.get("connection", Document.class);
      if (connection != null && connection.get("requestedAt") != null) {
        counts.requested++;
      }
      if (connection != null && connection.get("acceptedAt") != null) {
        counts.accepted++;
      }
      Document offers = relationship.get("reciprocityOffers", Document.class);
      if (offers != null && !offers.isEmpty()) {
        counts.reciprocity++;
      }
      Document outcomes = relationship.get("outcomes", Document.class);
      if (outcomes != null) {
        outcomes
            .values()
            .forEach(o -> counts.outcomes.merge(((Document) o).getString("kind"), 1, Integer::sum));
      }
    }
    return new NetworkingReport(
        rows.entrySet().stream()
            .map(
                e -> {
                  Counts c = e.getValue();
                  return new NetworkingReport.Row(
                      e.getKey().get(0),
                      e.getKey().get(1),
                      c.scheduled,
                      c.held,
                      c.thanked,
                      c.onTime,
                      c.requested,
                      c.accepted,
                      c.reciprocity,
                      java.util.Collections.unmodifiableMap(c.outcomes),
                      median(c.minutesToThankYou));
                })
            .toList());
  }

  private static boolean within(FetchNetworkingReportQuery query, Date date) {
    if (date == null) {
      return false;
    }
    Instant at = date.toInstant();
    return (query.from() == null || !at.isBefore(query.from()))
        && (query.to() == null || at.isBefore(query.to()));
  }

  /** The median in hours with one decimal, or null without values. */
  static BigDecimal median(List<Long> minutes) {
    if (minutes.isEmpty()) {
      return null;
    }
    List<Long> sorted = minutes.stream().sorted().toList();
    int n = sorted.size();
    double middle =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return BigDecimal.valueOf(middle / 60.0).setScale(1, RoundingMode.HALF_UP);
  }
}
