package io.rapport.query.api.chat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A chat with everything around it: its preparation, the meeting log, the thank-you, and what is
 * still to do (worked out at the moment of reading).
 */
public record ChatView(
    String chatId,
    String relationshipId,
    String studentId,
    String contactName,
    String kind,
    String status,
    Instant startsAt,
    int durationMinutes,
    String setting,
    String location,
    String purpose,
    List<String> notes,
    Instant scheduledAt,
    String cancelReason,
    Preparation preparation,
    MeetingLog meeting,
    ThankYou thankYou,
    List<String> toDo) {

  /** Research notes and questions, and how ready the student is. */
  public record Preparation(
      List<ResearchNote> researchNotes,
      List<Question> questions,
      int flaggedQuestions,
      boolean hasResearch,
      boolean hasEnoughQuestions) {}

  /** A research note on the contact. */
  public record ResearchNote(
      String noteId, String topic, String text, String sourceUrl, Instant addedAt) {}

  /** A prepared question and why it may need rethinking. */
  public record Question(String questionId, String text, List<String> flags, Instant addedAt) {}

  /** What happened in the meeting. */
  public record MeetingLog(
      Instant heldAt,
      int durationMinutes,
      int agreedMinutes,
      List<Point> points,
      String insights,
      List<String> leads,
      boolean goalsSharedWhenPrompted,
      List<String> flags) {}

  /** A point discussed. */
  public record Point(String pointId, String text) {}

  /** The thank-you, when sent. */
  public record ThankYou(
      Instant sentAt,
      String channel,
      String message,
      List<String> referencedPointIds,
      BigDecimal hoursAfterMeeting,
      boolean onTime,
      int windowHours) {}
}
