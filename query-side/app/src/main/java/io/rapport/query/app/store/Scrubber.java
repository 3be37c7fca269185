package io.rapport.query.app.store;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Works out how to replace the personal values of a read-model document with {@value #ERASED} once
 * their subject's key is deleted, keeping everything else (ids, kinds, dates, counts); {@link
 * TenantCollections#scrub} applies it.
 *
 * <p>Paths are dot-separated; {@code name[]} walks every element of an array, {@code *} every value
 * of a map.
 */
public final class Scrubber {

  public static final String ERASED = "[erased]";

  private Scrubber() {}

  /** The update that erases the paths' values in the document; empty when nothing is left. */
  static Optional<Bson> scrubbed(Document document, List<String> paths) {
    Set<String> touched = new LinkedHashSet<>();
    for (String path : paths) {
      String[] segments = path.split("\\.");
      if (erase(document, segments, 0)) {
        touched.add(segments[0].replace("[]", ""));
      }
    }
    if (touched.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(combine(touched.stream().map(top -> set(top, document.get(top))).toList()));
  }

  @SuppressWarnings("unchecked")
  private static boolean erase(Object node, String[] segments, int at) {
    if (!(node instanceof Map<?, ?>)) {
      return false;
    }
    Map<String, Object> map = (Map<String, Object>) node;
    String segment = segments[at];
    boolean last = at == segments.length - 1;
    boolean each = segment.endsWith("[]");
    List<String> names =
        segment.equals("*") ? new ArrayList<>(map.keySet()) : List.of(segment.replace("[]", ""));
    boolean changed = false;
    for (String name : names) {
      Object value = map.get(name);
      if (each && value instanceof List<?> list) {
        List<Object> elements = (List<Object>) list;
        for (int i = 0; i < elements.size(); i++) {
          if (!last) {
            changed |= erase(elements.get(i), segments, at + 1);
          } else if (elements.get(i) instanceof String text && !text.equals(ERASED)) {
            elements.set(i, ERASED);
            changed = true;
          }
        }
      } else if (!each && !last) {
        changed |= erase(value, segments, at + 1);
      } else if (!each && value instanceof String text && !text.equals(ERASED)) {
        map.put(name, ERASED);
        changed = true;
      }
    }
    return changed;
  }
}
