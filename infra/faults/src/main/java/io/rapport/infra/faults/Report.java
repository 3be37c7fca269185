package io.rapport.infra.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the harness did and found: faults injected, invariants checked, violations. */
final class Report {

  private final Map<String, Integer> faults = new TreeMap<>();
  private final Map<String, String> figures = new java.util.LinkedHashMap<>();

  void injected(String fault) {
    faults.merge(fault, 1, Integer::sum);
  }

  void figure(String name, String value) {
    figures.put(name, value);
  }

  static String seconds(Duration duration) {
    return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  /** The report as Markdown tables. */
  String render(
      Map<String, Integer> checked,
      Violations violations,
      Map<String, Integer> statuses,
      List<String> loggedFailures) {
    StringBuilder text = new StringBuilder();
    text.append("| fault injected | times |\n|---|---|\n");
    faults.forEach(
        (fault, times) ->
            text.append("| ").append(fault).append(" | ").append(times).append(" |\n"));
    text.append("\n| invariant | checked | violations |\n|---|---|---|\n");
    Map<String, Integer> all = new TreeMap<>(checked);
    violations.counts().keySet().forEach(invariant -> all.putIfAbsent(invariant, 0));
    all.forEach(
        (invariant, times) ->
            text.append("| ")
                .append(invariant)
                .append(" | ")
                .append(times)
                .append(" | ")
                .append(violations.of(invariant))
                .append(" |\n"));
    text.append("\n| figure | value |\n|---|---|\n");
    figures.forEach(
        (name, value) -> text.append("| ").append(name).append(" | ").append(value).append(" |\n"));
    text.append("| answers by status | ").append(new TreeMap<>(statuses)).append(" |\n");
    if (violations.total() > 0) {
      text.append("\nViolations:\n").append(violations.describe());
    }
    if (!loggedFailures.isEmpty()) {
      text.append("\nRequests the application answered 500, from its logs:\n");
      loggedFailures.forEach(text::append);
    }
    return text.toString();
  }
}
