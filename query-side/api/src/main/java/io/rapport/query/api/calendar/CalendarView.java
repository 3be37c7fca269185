package io.rapport.query.api.calendar;

import java.time.Instant;
import java.util.List;

/** The chats of a student's calendar feed. */
public record CalendarView(List<Chat> chats) {

  /**
   * One chat; {@code revision} grows with every change of the chat (reschedule, cancel), for the
   * feed's {@code SEQUENCE}.
   */
  public record Chat(
      String chatId,
      String kind,
      String status,
      Instant startsAt,
      int durationMinutes,
      String setting,
      String location,
      String contactName,
      long revision,
      Instant updatedAt) {}
}
