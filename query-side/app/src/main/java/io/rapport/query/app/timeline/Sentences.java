package io.rapport.query.app.timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
              + article(kind(d.get("kind")))
              + " with "
              + who
              + " on "
              + WHEN.format(Instant.parse((String) d.get("startsAt")))
              + " ("
              + d.get("durationMinutes")
              + " min, "
              + words(d.get("setting"))
              + ")";
      default -> words(entry.type()) + " (" + who + ")";
    };
  }

  static String kind(Object kind) {
    return words(kind);
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
