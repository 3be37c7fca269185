package io.rapport.bench;

/**
 * One measured figure beside its target and the raw baseline measured in the same run.
 *
 * @param id the target's id (P1 … P6)
 * @param what what was measured
 * @param value the figure
 * @param unit its unit
 * @param target the target, as text ("≥ 1,000")
 * @param met whether the figure meets the target
 * @param baseline what the baseline is, or empty
 * @param baselineValue the baseline's figure (NaN when there is none)
 */
record Figure(
    String id,
    String what,
    double value,
    String unit,
    String target,
    boolean met,
    String baseline,
    double baselineValue) {

  static Figure atLeast(String id, String what, double value, String unit, double target) {
    return new Figure(
        id, what, value, unit, "≥ " + formatTarget(target), value >= target, "", Double.NaN);
  }

  static Figure atMost(String id, String what, double value, String unit, double target) {
    return new Figure(
        id, what, value, unit, "≤ " + formatTarget(target), value <= target, "", Double.NaN);
  }

  /** A figure shown for understanding, with no target of its own. */
  static Figure info(String id, String what, double value, String unit) {
    return new Figure(id, what, value, unit, "–", true, "", Double.NaN);
  }

  Figure against(String baseline, double baselineValue) {
    return new Figure(id, what, value, unit, target, met, baseline, baselineValue);
  }

  /** The figure divided by its baseline. */
  double ratio() {
    return baselineValue == 0 || Double.isNaN(baselineValue) ? Double.NaN : value / baselineValue;
  }

  /** A target as the targets table writes it: whole numbers without decimals. */
  private static String formatTarget(double target) {
    return target == Math.rint(target) ? String.format("%,.0f", target) : format(target);
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Math.abs(value) >= 100) {
      return String.format("%,.0f", value);
    }
    // ratios far below one (a catch-up against the event table) keep a digit that tells them apart
    return String.format(Math.abs(value) < 0.1 ? "%.3f" : "%.2f", value);
  }
}
