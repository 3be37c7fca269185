package io.rapport.gateway.infrastructure;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import io.rapport.infra.mongo.EmbeddedMongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' MongoDB: the configured one, or the embedded wire server. The projections and
 * queries use the reactive driver; Axon's token store uses the synchronous one.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

  /** The server to connect to, and the embedded server to stop with the application, if any. */
  record MongoConnection(String uri, AutoCloseable server) implements AutoCloseable {

    MongoClientSettings settings() {
      return MongoClientSettings.builder()
          .applyConnectionString(new ConnectionString(uri))
          .applicationName("rapport")
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
      return new MongoConnection(mongodb.uri(), null);
    }
    Path directory = properties.dataDir().resolve("mongodb");
    retire(directory.resolve("read-models.mv"));
    EmbeddedMongoServer server =
        EmbeddedMongoServer.start(directory.resolve("read-models.bson.mv"), mongodb.port());
    log.info("Embedded MongoDB wire server at {}", server.connectionString());
    return new MongoConnection(server.connectionString(), server);
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

  @Bean
  com.mongodb.reactivestreams.client.MongoClient reactiveMongoClient(MongoConnection connection) {
    return com.mongodb.reactivestreams.client.MongoClients.create(connection.settings());
  }

  @Bean
  com.mongodb.client.MongoClient mongoClient(MongoConnection connection) {
    return com.mongodb.client.MongoClients.create(connection.settings());
  }
}
