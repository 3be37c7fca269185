package io.rapport.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** What the orchestrator hands to a simulation (same JVM): through system properties. */
final class SimulationSettings {

  private SimulationSettings() {}

  static void set(String name, Object value) {
    System.setProperty("bench.sim." + name, String.valueOf(value));
  }

  static String get(String name) {
    String value = System.getProperty("bench.sim." + name);
    if (value == null) {
      throw new IllegalStateException("bench.sim." + name + " is not set");
    }
    return value;
  }

  static int integer(String name) {
    return Integer.parseInt(get(name));
  }

  static List<String> list(String name) {
    return Arrays.asList(get(name).split(","));
  }

  /** An endless feeder that hands out the values of a list in turn. */
  static Supplier<Map<String, Object>> circular(String key, List<String> values) {
    AtomicInteger next = new AtomicInteger();
    return () -> Map.of(key, values.get(Math.floorMod(next.getAndIncrement(), values.size())));
  }

  static java.util.Iterator<Map<String, Object>> feeder(String key, List<String> values) {
    return Stream.generate(circular(key, values)).iterator();
  }
}
