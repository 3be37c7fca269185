package io.rapport.bench;

import java.util.Arrays;

/** Response times of a measured loop, in nanoseconds, and their percentiles. */
final class Latencies {

  private final long[] nanos;
  private int count;

  Latencies(int capacity) {
    this.nanos = new long[capacity];
  }

  void add(long value) {
    if (count < nanos.length) {
      nanos[count++] = value;
    }
  }

  /** The percentile (0–100) in milliseconds. */
  double percentileMillis(double percentile) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }

  int count() {
    return count;
  }
}
