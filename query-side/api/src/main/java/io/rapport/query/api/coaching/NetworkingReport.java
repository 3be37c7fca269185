package io.rapport.query.api.coaching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The networking funnel per cohort and chat kind: chats scheduled, held, thanked, thanked on time;
 * relationships (attributed to the kind of their first chat) with a connection requested and
 * accepted, reciprocity offered, outcomes by kind; the median hours from meeting to thank-you.
 */
public record NetworkingReport(List<Row> rows) {

  /** One cohort and kind. */
  public record Row(
      String cohort,
      String kind,
      int scheduled,
      int held,
      int thankYouSent,
      int thankYouOnTime,
      int connectionRequested,
      int connectionAccepted,
      int reciprocityOffered,
      Map<String, Integer> outcomes,
      BigDecimal medianHoursToThankYou) {}
}
