package io.rapport.query.api.student;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A student's agenda: chats in the next 14 days, preparation gaps, thank-yous due (with the hours
 * left) or overdue, and touchpoints due.
 */
public record AgendaView(
    Instant asOf,
    List<UpcomingChat> upcomingChats,
    List<PreparationGap> preparationGaps,
    List<ThankYouDue> thankYousDue,
    List<ThankYouDue> thankYousOverdue,
    List<TouchpointDue> touchpointsDue) {

  /** A chat coming up. */
  public record UpcomingChat(
      String chatId,
      String relationshipId,
      String contactName,
      String kind,
      Instant startsAt,
      int durationMinutes,
      String setting) {}

  /** A chat coming up whose preparation is not done. */
  public record PreparationGap(
      String chatId, String contactName, Instant startsAt, List<String> missing) {}

  /** A held chat still waiting for its thank-you. */
  public record ThankYouDue(
      String chatId,
      String relationshipId,
      String contactName,
      Instant heldAt,
      Instant dueBy,
      BigDecimal hoursLeft) {}

  /** A relationship due (or overdue) for a touchpoint. */
  public record TouchpointDue(
      String relationshipId,
      String contactName,
      Instant lastContactAt,
      Instant dueAt,
      boolean cooling) {}
}
