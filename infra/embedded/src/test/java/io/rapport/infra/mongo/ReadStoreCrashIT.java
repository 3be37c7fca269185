package io.rapport.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read store's file after {@code kill -9} of the process writing to it, at random moments, over
 * and over: every index matches its documents (no repair needed), the token never runs ahead of the
 * documents written before it, and every document can be upserted again (the duplicate key that
 * froze the timelines after a crash).
 */
class ReadStoreCrashIT {

  private static final int CYCLES = 6;

  @TempDir Path directory;

  @Test
  void aKilledWriterLeavesWholeOperationsInOrder() throws Exception {
    Path file = directory.resolve("read-models.bson.mv");
    Random random = new Random();
    long next = 0;
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      long seen = writeUntilKilled(file, next, 300 + random.nextInt(1500));
      try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
          MongoClient client = MongoClients.create(server.connectionString())) {
        assertThat(server.recovery().clean())
            .as("cycle %d: the file needed no repair: %s", cycle, server.recovery())
            .isTrue();
        MongoDatabase database = client.getDatabase("rapport");
        long token = token(database);
        assertThat(token).as("cycle %d: a token was saved", cycle).isGreaterThanOrEqualTo(next - 1);
        assertThat(token)
            .as("at most one batch beyond the last printed")
            .isLessThanOrEqualTo(seen + 1);
        for (long batch = Math.max(0, next - 1); batch <= token; batch++) {
          assertThat(
                  database
                      .getCollection(ProjectingWriter.ENTRIES)
                      .countDocuments(Filters.eq("batch", batch)))
              .as("cycle %d: every document of batch %d, covered by token %d", cycle, batch, token)
              .isEqualTo(ProjectingWriter.DOCUMENTS_PER_BATCH);
        }
        upsertAgain(database, token + 1);
        next = token + 1;
      }
    }
  }

  /** Runs the writer from batch {@code first} and kills it; returns the last token it printed. */
  private static long writeUntilKilled(Path file, long first, long millis) throws Exception {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", // a small server, as under the application's heap
                "-cp",
                System.getProperty("java.class.path"),
                ProjectingWriter.class.getName(),
                file.toString(),
                Long.toString(first))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    long last = first - 1;
    long deadline = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("token ")) {
          last = Long.parseLong(line.substring("token ".length()));
          if (deadline < 0) {
            deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
          } else if (System.nanoTime() > deadline) {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no final save
            break;
          }
        }
      }
    }
    assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(last).as("the writer wrote before it was killed").isGreaterThanOrEqualTo(first);
    return last;
  }

  private static long token(MongoDatabase database) {
    Document token =
        database
            .getCollection(ProjectingWriter.TOKENS)
            .find(Filters.eq("_id", "timelines/0"))
            .first();
    return token == null ? -1 : ((Number) token.get("batch")).longValue();
  }

  /** Upserts every document of the batches a replay would write again: none is refused. */
  private static void upsertAgain(MongoDatabase database, long through) {
    for (long batch = Math.max(0, through - 1); batch <= through; batch++) {
      for (int i = 0; i < ProjectingWriter.DOCUMENTS_PER_BATCH; i++) {
        database
            .getCollection(ProjectingWriter.ENTRIES)
            .updateOne(
                Filters.eq("_id", ProjectingWriter.key(batch, i)),
                Updates.set("batch", batch),
                new UpdateOptions().upsert(true));
      }
    }
    assertThat(database.getCollection(ProjectingWriter.ENTRIES).countDocuments())
        .isEqualTo((through + 1) * ProjectingWriter.DOCUMENTS_PER_BATCH);
  }
}
