package io.rapport.query.app.timeline;

import io.rapport.query.app.chat.Hours;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tells a timeline entry as a sentence a student or coach reads at a glance. */
final class Sentences {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Sentences() {}

  static String tell(TimelineEntry entry, String contactName) {
    String who = contactName == null ? "a contact" : contactName;
    Map<String, Object> d = entry.details();
    return switch (entry.type()) {
      case "RelationshipStarted" -> "Started a relationship with " + who;
      case "ChatScheduled" ->
          "Scheduled "
              + article(words(d.get("kind")))
              + " with "
              + who
              + " on "
              + when(d.get("startsAt"))
              + " ("
              + d.get("durationMinutes")
              + " min, "
              + words(d.get("setting"))
              + ")";
      case "ChatRescheduled" ->
          "Moved the chat with "
              + who
              + " to "
              + when(d.get("startsAt"))
              + " ("
              + d.get("durationMinutes")
              + " min)";
      case "ChatCancelled" -> "Cancelled the chat with " + who;
      case "ChatMarkedNoShow" -> who + " did not come to the chat";
      case "ResearchNoteAdded" -> "Researched " + who + ": " + words(d.get("topic"));
      case "QuestionPrepared" -> "Prepared a question for " + who + flagged(d.get("flags"));
      case "MeetingLogged" -> meeting(who, d);
      case "ThankYouSent" -> thankYou(who, d);
      case "ConnectionRequested" ->
          "Sent " + who + " a connection request on " + platform(d.get("platform"));
      case "ConnectionAccepted" -> who + " accepted the connection request";
      case "ReciprocityOffered" -> "Offered to help " + who + " in return";
      case "TouchpointLogged" -> touchpoint(who, d.get("kind"));
      case "CadenceSet" ->
          "Set the follow-up with " + who + " to every " + d.get("everyDays") + " days";
      case "OutcomeRecorded" -> "Recorded an outcome with " + who + ": " + words(d.get("kind"));
      case "CoachNoteAdded" -> "Coach note: " + d.get("text");
      case "ContactPersonalDataErased" -> "Erased the personal data of " + who;
      case "StudentPersonalDataErased" -> "Erased the student's personal data";
      case "RecordsDisclosed" -> "Read the student's " + d.get("record");
      case "MemberInvited" ->
          Boolean.TRUE.equals(d.get("imported"))
              ? "Joined Rapport from the institution's roster"
              : "Was invited to Rapport";
      case "NudgeSent" -> nudge(who, d);
      case "MemberDeactivated" -> "The account was deactivated";
      case "MemberReactivated" -> "The account was reactivated";
      default -> words(entry.type()) + " (" + who + ")";
    };
  }

  private static String meeting(String who, Map<String, Object> d) {
    int points = number(d.get("points"));
    int leads = number(d.get("leads"));
    StringBuilder sentence =
        new StringBuilder("Met ")
            .append(who)
            .append(" for ")
            .append(d.get("durationMinutes"))
            .append(" min, discussing ")
            .append(count(points, "point"));
    if (leads > 0) {
      sentence.append(", with ").append(count(leads, "lead"));
    }
    if (d.get("flags") instanceof List<?> flags && flags.contains("OVERRAN")) {
      sentence.append("; overran the agreed ").append(d.get("agreedMinutes")).append(" min");
    }
    return sentence.toString();
  }

  private static String thankYou(String who, Map<String, Object> d) {
    long minutes = ((Number) d.get("minutesAfterMeeting")).longValue();
    String sentence =
        "Sent a thank-you to "
            + who
            + ", "
            + Hours.ofMinutes(minutes).toPlainString()
            + " h after the meeting, naming "
            + count(number(d.get("points")), "point");
    return Boolean.TRUE.equals(d.get("onTime")) ? sentence : sentence + " (late)";
  }

  private static String nudge(String who, Map<String, Object> d) {
    String about =
        switch (String.valueOf(d.get("rule"))) {
          case "PREPARE_FOR_CHAT" -> "to prepare for the chat with " + who;
          case "THANK_YOU_DUE" -> "that the thank-you to " + who + " is due";
          case "THANK_YOU_OVERDUE" -> "that the thank-you to " + who + " is overdue";
          case "TOUCHPOINT_DUE" -> "to get in touch with " + who;
          case "CONNECTION_FOLLOW_UP" -> "to follow up the connection request to " + who;
          default -> "of " + words(d.get("rule"));
        };
    return ("coach".equals(d.get("to")) ? "The coach was reminded " : "Reminded ") + about;
  }

  private static String touchpoint(String who, Object kind) {
    return switch (String.valueOf(kind)) {
      case "ARTICLE_SHARED" -> "Shared an article with " + who;
      case "CONGRATULATIONS" -> "Congratulated " + who;
      case "UPDATE" -> "Sent " + who + " an update";
      case "CHECK_IN" -> "Checked in with " + who;
      default -> "Got in touch with " + who;
    };
  }

  private static String flagged(Object flags) {
    if (flags instanceof List<?> list && !list.isEmpty()) {
      return " (flagged: " + String.join(", ", list.stream().map(Sentences::words).toList()) + ")";
    }
    return "";
  }

  private static String platform(Object platform) {
    return "LINKEDIN".equals(platform) ? "LinkedIn" : words(platform);
  }

  private static String when(Object instant) {
    return WHEN.format(Instant.parse(String.valueOf(instant)));
  }

  private static int number(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** {@code VIDEO_CALL} → "video call"; {@code ChatScheduled} → "chat scheduled". */
  static String words(Object constant) {
    String text = String.valueOf(constant);
    if (text.contains("_") || text.equals(text.toUpperCase(Locale.ROOT))) {
      return text.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return text.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
