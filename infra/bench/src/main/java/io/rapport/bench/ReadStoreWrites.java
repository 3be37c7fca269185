package io.rapport.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The documents the application has written to its read store since it started, per collection and
 * kind ({@code insert}, {@code update}, {@code delete}), as its write counter reports them ({@code
 * io.rapport.bench.inprocess.ReadStoreWriteCounter}).
 */
record ReadStoreWrites(Map<String, Long> counts) {

  static final ReadStoreWrites NONE = new ReadStoreWrites(Map.of());

  /** The counts as last written, a moment after the application's last write. */
  static ReadStoreWrites read(Path file) throws IOException, InterruptedException {
    Thread.sleep(500); // the counter writes its file every 200 ms
    if (!Files.exists(file)) {
      return NONE;
    }
    Properties properties = new Properties();
    properties.load(new StringReader(Files.readString(file)));
    Map<String, Long> counts = new TreeMap<>();
    properties.forEach((key, value) -> counts.put((String) key, Long.parseLong((String) value)));
    return new ReadStoreWrites(counts);
  }

  /** The writes since {@code earlier}. */
  ReadStoreWrites since(ReadStoreWrites earlier) {
    Map<String, Long> counts = new TreeMap<>();
    this.counts.forEach(
        (key, count) -> {
          long difference = count - earlier.counts.getOrDefault(key, 0L);
          if (difference != 0) {
            counts.put(key, difference);
          }
        });
    return new ReadStoreWrites(counts);
  }

  long inserts() {
    return ofKind("insert");
  }

  /** Updates and upserts: the statements of {@code update} commands. */
  long updates() {
    return ofKind("update");
  }

  long deletes() {
    return ofKind("delete");
  }

  long total() {
    return inserts() + updates() + deletes();
  }

  /** One line per collection and kind, per event. */
  void print(long events) {
    counts.forEach(
        (key, count) ->
            System.out.printf(
                "    %-40s %,12d  %.3f per event%n", key, count, (double) count / events));
  }

  private long ofKind(String kind) {
    return counts.entrySet().stream()
        .filter(entry -> entry.getKey().endsWith("." + kind))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
