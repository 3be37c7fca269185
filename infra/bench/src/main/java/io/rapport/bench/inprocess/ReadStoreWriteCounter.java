package io.rapport.bench.inprocess;

import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonDocument;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Counts the documents the application writes to its read store, loaded into the application only
 * by the benchmark (on the launcher's {@code loader.path}): the wire server keeps no operation
 * counters, so the driver's command events are counted instead — every statement of an {@code
 * insert}, {@code update} or {@code delete} command, per collection and kind, whatever the read
 * models and their collections are called. The counts go to the file named by {@code
 * rapport.bench.write-count} (as {@code collection.kind=count}) a few times a second, for the
 * benchmark to divide by the events projected.
 */
@AutoConfiguration
@ConditionalOnProperty("rapport.bench.write-count")
public class ReadStoreWriteCounter {

  private static final Duration WRITE_EVERY = Duration.ofMillis(200);
  private static final Map<String, String> STATEMENTS =
      Map.of("insert", "documents", "update", "updates", "delete", "deletes");

  @Bean
  static BeanPostProcessor countingReadStoreWrites(Environment environment) {
    Path file = Path.of(environment.getRequiredProperty("rapport.bench.write-count"));
    Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    Executors.newSingleThreadScheduledExecutor(
            job -> {
              Thread thread = new Thread(job, "read-store-write-count");
              thread.setDaemon(true);
              return thread;
            })
        .scheduleWithFixedDelay(
            () -> write(file, counts),
            WRITE_EVERY.toMillis(),
            WRITE_EVERY.toMillis(),
            TimeUnit.MILLISECONDS);
    CommandListener listener =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            String array = STATEMENTS.get(event.getCommandName());
            if (array == null) {
              return;
            }
            BsonDocument command = event.getCommand();
            String collection = command.getString(event.getCommandName()).getValue();
            int statements = command.containsKey(array) ? command.getArray(array).size() : 0;
            counts
                .computeIfAbsent(collection + "." + event.getCommandName(), key -> new LongAdder())
                .add(statements);
          }
        };
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof MongoClientSettings settings) {
          return MongoClientSettings.builder(settings).addCommandListener(listener).build();
        }
        return bean;
      }
    };
  }

  private static void write(Path file, Map<String, LongAdder> counts) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(counts)
        .forEach((key, count) -> text.append(key).append('=').append(count.sum()).append('\n'));
    try {
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, text);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // the next round writes them again; a failure must not end the counting
    }
  }
}
