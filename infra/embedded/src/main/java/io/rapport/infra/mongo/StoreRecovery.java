package io.rapport.infra.mongo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the embedded read store found wrong when it opened its file, and what it did about it.
 *
 * @param at when the file was opened
 * @param setAside where an unreadable file was moved before an empty store was started in its place
 *     (null when the file was read): everything in it is projected again from the events
 * @param cause why the file could not be read (null when it was)
 * @param repairs indexes found not to match their documents and rebuilt from them
 */
public record StoreRecovery(Instant at, Path setAside, String cause, List<String> repairs) {

  /** Nothing was wrong. */
  public boolean clean() {
    return setAside == null && repairs.isEmpty();
  }
}
