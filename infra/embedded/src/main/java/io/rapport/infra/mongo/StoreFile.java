package io.rapport.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read store's file, opened as it is, repaired where its indexes do not match its documents,
 * or, when it cannot be read at all (truncated, corrupt), moved aside so that an empty store starts
 * in its place. Read models and their tokens are lost together then, so the processors project
 * every event again; nothing else lives in this file. The last {@value #KEEP_SET_ASIDE} files set
 * aside are kept for a look, older ones removed.
 */
final class StoreFile {

  private static final Logger log = LoggerFactory.getLogger(StoreFile.class);
  private static final int KEEP_SET_ASIDE = 2;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(java.time.ZoneOffset.UTC);

  private final Path file;
  private final Clock clock;

  StoreFile(Path file, Clock clock) {
    this.file = file.toAbsolutePath();
    this.clock = clock;
  }

  Path path() {
    return file;
  }

  /** The opened backend and what was found on opening it. */
  record Opened(BsonH2Backend backend, StoreRecovery recovery) {}

  Opened open() {
    Instant at = clock.instant();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      BsonH2Backend backend = BsonH2Backend.open(file);
      return new Opened(backend, new StoreRecovery(at, null, null, backend.repairs()));
    } catch (RuntimeException unreadable) {
      if (!Files.exists(file)) {
        throw unreadable; // not the file: the folder, the disk
      }
      Path aside = setAside(at);
      String cause = unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage();
      log.error(
          "The read store {} could not be read ({}); it was moved to {} and an empty store started"
              + " in its place: every read model is projected again from the event store",
          file,
          cause,
          aside);
      BsonH2Backend backend = BsonH2Backend.open(file);
      return new Opened(backend, new StoreRecovery(at, aside, cause, List.of()));
    }
  }

  private Path setAside(Instant at) {
    Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(at));
    for (int n = 1; Files.exists(aside); n++) { // two within a millisecond: neither is lost
      aside = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(at) + "-" + n);
    }
    try {
      Files.move(file, aside);
      removeOldSetAside();
      return aside;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move the unreadable read store " + file, e);
    }
  }

  private void removeOldSetAside() throws IOException {
    List<Path> setAside = new ArrayList<>();
    String prefix = file.getFileName() + ".unreadable-";
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent())) {
      for (Path sibling : siblings) {
        if (sibling.getFileName().toString().startsWith(prefix)) {
          setAside.add(sibling);
        }
      }
    }
    setAside.sort(Comparator.comparing(Path::toString).reversed());
    for (Path old : setAside.subList(Math.min(KEEP_SET_ASIDE, setAside.size()), setAside.size())) {
      Files.deleteIfExists(old);
    }
  }
}
