package io.rapport.infra.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What went against an invariant, by invariant, with the first few examples of each. */
final class Violations {

  private static final int EXAMPLES = 5;

  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, List<String>> examples = new TreeMap<>();

  synchronized void record(String invariant, String example) {
    counts.merge(invariant, 1, Integer::sum);
    List<String> kept = examples.computeIfAbsent(invariant, k -> new ArrayList<>());
    if (kept.size() < EXAMPLES) {
      kept.add(example);
    }
  }

  synchronized int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  synchronized int of(String invariant) {
    return counts.getOrDefault(invariant, 0);
  }

  synchronized Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  synchronized String describe() {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (invariant, count) -> {
          text.append("- ").append(invariant).append(": ").append(count).append('\n');
          examples.get(invariant).forEach(e -> text.append("    ").append(e).append('\n'));
        });
    return text.toString();
  }
}
