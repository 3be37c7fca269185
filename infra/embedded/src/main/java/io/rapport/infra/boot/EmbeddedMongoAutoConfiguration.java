package io.rapport.infra.boot;

import com.mongodb.ConnectionString;
import io.rapport.infra.mongo.EmbeddedMongoServer;
import io.rapport.infra.mongo.ReadStoreControl;
import io.rapport.infra.mongo.StoreRecovery;
import io.rapport.infra.process.DataDirectoryLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * The read models' embedded MongoDB wire server, when {@code rapport.mongodb.uri} is blank, with
 * what it takes to survive its own weaknesses: a store that lost writes makes the processors
 * project them again, and readiness reports what it found wrong with its file.
 */
@AutoConfiguration(after = EmbeddedDataDirectoryAutoConfiguration.class)
@ConditionalOnBlankProperty("rapport.mongodb.uri")
public class EmbeddedMongoAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoAutoConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedMongoConnection embeddedMongo(
      EmbeddedServerProperties properties, DataDirectoryLock locked) {
    Path directory = properties.dataDir().resolve("mongodb");
    retire(directory.resolve("read-models.mv"));
    EmbeddedMongoServer server =
        EmbeddedMongoServer.start(
            directory.resolve("read-models.bson.mv"), properties.mongodb().port());
    log.info("Embedded MongoDB wire server at {}", server.connectionString());
    ReadStoreControl.register(server);
    return new EmbeddedMongoConnection(server);
  }

  /**
   * Removes a file kept in the stock backend's format by an earlier version: its read models and
   * tokens go together, so the processors project the event store again into the new file.
   */
  private static void retire(Path stockFormat) {
    try {
      if (Files.deleteIfExists(stockFormat)) {
        log.info("Read models in the older file format removed; they are projected again");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * When the store lost writes (a save failed and it opened its file again), the processors read
   * their tokens again and project the lost events once more.
   */
  @Bean
  SmartInitializingSingleton reprojectAfterStoreLoss(
      EmbeddedMongoConnection connection, ObjectProvider<EventProcessingConfiguration> processing) {
    return () ->
        connection
            .server()
            .onReopenedAfterLoss(
                () ->
                    processing.ifAvailable(
                        processors ->
                            processors.eventProcessors().values().stream()
                                .filter(StreamingEventProcessor.class::isInstance)
                                .forEach(
                                    processor -> {
                                      processor.shutDown();
                                      processor.start();
                                    })));
  }

  /**
   * Up while the server accepts connections and its last save succeeded, with what it found wrong
   * with its file when it opened it.
   */
  @Bean
  HealthIndicator readStore(EmbeddedMongoConnection connection) {
    return () -> {
      EmbeddedMongoServer server = connection.server();
      Health.Builder health = server.isRunning() ? Health.up() : Health.down();
      health.withDetail("mode", "embedded");
      StoreRecovery recovery = server.recovery();
      if (!recovery.clean()) {
        health.withDetail("recoveredOnOpen", recovery);
      }
      if (server.failure() != null) {
        health.down().withDetail("saveFailure", server.failure());
      }
      return health.build();
    };
  }

  /** Where the embedded server listens; closing it stops the server. */
  record EmbeddedMongoConnection(EmbeddedMongoServer server)
      implements MongoConnectionDetails, AutoCloseable {

    @Override
    public ConnectionString getConnectionString() {
      return new ConnectionString(server.connectionString());
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
