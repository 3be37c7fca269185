package io.rapport.gateway.infrastructure;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import io.rapport.infra.mongo.EmbeddedMongoServer;
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
  MongoConnection mongoConnection(InfrastructureProperties properties) {
    InfrastructureProperties.Mongodb mongodb = properties.mongodb();
    if (mongodb.external()) {
      return new MongoConnection(mongodb.uri(), null);
    }
    EmbeddedMongoServer server =
        EmbeddedMongoServer.start(
            properties.dataDir().resolve("mongodb").resolve("read-models.mv"), mongodb.port());
    log.info("Embedded MongoDB wire server at {}", server.connectionString());
    return new MongoConnection(server.connectionString(), server);
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
