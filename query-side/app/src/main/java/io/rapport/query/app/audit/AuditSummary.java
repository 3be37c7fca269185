package io.rapport.query.app.audit;

import io.rapport.command.api.audit.AccessDeniedEvent;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells an event as a short sentence for the audit, e.g. "Chat 6f1c2a3b… scheduled (informational
 * interview, coffee shop) in relationship 2a9b7c0d…". It is generic on purpose, so that every event
 * type, including ones added later, gets a summary: the type in words, the enum values and the ids
 * of the payload. Free text, names and other values never enter it, since the audit keeps it for
 * good (personal data is erased from events, not from a hash chain).
 */
final class AuditSummary {

  private static final int SHORT_ID = 8;

  private AuditSummary() {}

  static String of(Object payload, String type, String actorId) {
    if (payload instanceof AccessDeniedEvent denied) {
      return "Denied "
          + denied.status()
          + " "
          + denied.method()
          + " "
          + denied.resource()
          + " to "
          + (actorId == null ? "an unauthenticated caller" : actorId)
          + (denied.repeats() > 0
              ? ", and " + denied.repeats() + " more times within a minute"
              : "");
    }
    List<String> words = words(type);
    Map<String, String> ids = new LinkedHashMap<>();
    List<String> enums = new ArrayList<>();
    components(payload, ids, enums);
    List<String> subject = words.size() > 1 ? words.subList(0, words.size() - 1) : words;
    String subjectId = subjectId(subject, ids);
    StringBuilder sentence = new StringBuilder(capitalized(String.join(" ", subject)));
    if (subjectId != null) {
      sentence.append(' ').append(shortId(ids.remove(subjectId)));
    }
    if (words.size() > 1) {
      sentence.append(' ').append(words.get(words.size() - 1));
    }
    if (!enums.isEmpty()) {
      sentence.append(" (").append(String.join(", ", enums)).append(')');
    }
    ids.remove("studentId"); // the entry names the student in its own field
    String separator = " in ";
    for (Map.Entry<String, String> id : ids.entrySet()) {
      String name = String.join(" ", words(id.getKey().substring(0, id.getKey().length() - 2)));
      sentence.append(separator).append(name).append(' ').append(shortId(id.getValue()));
      separator = ", ";
    }
    return sentence.toString();
  }

  /** The id of what the type is about: {@code chatId} for ChatScheduled, {@code noteId} for … */
  private static String subjectId(List<String> subject, Map<String, String> ids) {
    for (int from = 0; from < subject.size(); from++) {
      String name = camel(subject.subList(from, subject.size())) + "Id";
      if (ids.containsKey(name)) {
        return name;
      }
    }
    return null;
  }

  /** The payload's ids ({@code …Id} strings) and enum values, in declaration order. */
  private static void components(Object payload, Map<String, String> ids, List<String> enums) {
    if (payload == null || !payload.getClass().isRecord()) {
      return;
    }
    for (RecordComponent component : payload.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(payload);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (value instanceof String id && component.getName().endsWith("Id")) {
        ids.put(component.getName(), id);
      } else if (value instanceof Enum<?> constant) {
        enums.add(constant.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
  }

  /** {@code ResearchNoteAdded} → [research, note, added]. */
  static List<String> words(String camelCase) {
    return List.of(
        camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split(" "));
  }

  private static String camel(List<String> words) {
    StringBuilder name = new StringBuilder(words.get(0));
    words.subList(1, words.size()).forEach(word -> name.append(capitalized(word)));
    return name.toString();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String shortId(String id) {
    return id.length() > SHORT_ID ? id.substring(0, SHORT_ID) + "…" : id;
  }
}
