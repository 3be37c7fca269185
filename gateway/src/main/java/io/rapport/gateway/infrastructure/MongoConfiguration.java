package io.rapport.gateway.infrastructure;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import io.rapport.infra.mongo.EmbeddedMongoServer;
import io.rapport.infra.mongo.ReadStoreControl;
import io.rapport.infra.mongo.StoreRecovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The read models' MongoDB: the configured one, or the embedded wire server. The projections and
 * queries use the reactive driver; Axon's token store uses the synchronous one.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  /** The server to connect to, and the embedded server to stop with the application, if any. */
  record MongoConnection(
      String uri, EmbeddedMongoServer server, InfrastructureProperties.Mongodb options)
      implements AutoCloseable {

    /** An unreachable or stalled server fails an operation within these, never hangs it. */
    MongoClientSettings settings() {
      return MongoClientSettings.builder()
          .applyConnectionString(new ConnectionString(uri))
          .applicationName("rapport")
          .applyToClusterSettings(
              cluster ->
                  cluster.serverSelectionTimeout(
                      options.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
          .applyToSocketSettings(
              socket ->
                  socket
                      .connectTimeout(
                          (int) options.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                      .readTimeout((int) options.socketTimeout().toMillis(), TimeUnit.MILLISECONDS))
          .build();
    }

    @Override
    public void close() throws Exception {
      if (server != null) {
        server.close();
      }
    }
  }

  @Bean
  MongoConnection mongoConnection(
      InfrastructureProperties properties, DataDirectoryConfiguration.DataDirectory locked) {
    InfrastructureProperties.Mongodb mongodb = properties.mongodb();
    if (mongodb.external()) {
      return new MongoConnection(mongodb.uri(), null, mongodb);
    }
    Path directory = properties.dataDir().resolve("mongodb");
    retire(directory.resolve("read-models.mv"));
    EmbeddedMongoServer server =
        EmbeddedMongoServer.start(directory.resolve("read-models.bson.mv"), mongodb.port());
    log.info("Embedded MongoDB wire server at {}", server.connectionString());
    ReadStoreControl.register(server);
    return new MongoConnection(server.connectionString(), server, mongodb);
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
   * When the embedded store lost writes (a save failed and it opened its file again), the
   * processors read their tokens again and project the lost events once more.
   */
  @Bean
  SmartInitializingSingleton reprojectAfterStoreLoss(
      MongoConnection connection, ObjectProvider<EventProcessingConfiguration> processing) {
    return () -> {
      if (connection.server() != null) {
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
    };
  }

  /**
   * Up while the read store answers a ping within two seconds; for the embedded store, with what it
   * found wrong with its file when it opened it.
   */
  @Bean
  ReactiveHealthIndicator readStore(
      MongoConnection connection, com.mongodb.reactivestreams.client.MongoClient client) {
    return () ->
        Mono.from(client.getDatabase("admin").runCommand(new Document("ping", 1)))
            .timeout(HEALTH_TIMEOUT)
            .map(pong -> Health.up())
            .onErrorResume(
                failure ->
                    Mono.just(
                        Health.down().withDetail("error", failure.getClass().getSimpleName())))
            .map(
                health -> {
                  health.withDetail("mode", connection.server() == null ? "external" : "embedded");
                  if (connection.server() != null) {
                    StoreRecovery recovery = connection.server().recovery();
                    if (!recovery.clean()) {
                      health.withDetail("recoveredOnOpen", recovery);
                    }
                    if (connection.server().failure() != null) {
                      health.down().withDetail("saveFailure", connection.server().failure());
                    }
                  }
                  return health.build();
                });
  }

  @Bean
  com.mongodb.reactivestreams.client.MongoClient reactiveMongoClient(MongoConnection connection) {
    return com.mongodb.reactivestreams.client.MongoClients.create(connection.settings());
  }

  @Bean
  com.mongodb.client.MongoClient mongoClient(MongoConnection connection) {
    return com.mongodb.client.MongoClients.create(connection.settings());
  }
}
