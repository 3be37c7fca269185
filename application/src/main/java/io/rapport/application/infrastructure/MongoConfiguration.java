package io.rapport.application.infrastructure;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.ReactiveHealthIndicator;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The read models' MongoDB: the configured one, or the embedded wire server that {@code
 * infra/embedded} starts and describes as connection details. The projections and queries use the
 * reactive driver; Axon's token store uses the synchronous one.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  /** An unreachable or stalled server fails an operation within these, never hangs it. */
  @Bean
  MongoClientSettings mongoClientSettings(
      InfrastructureProperties properties, ObjectProvider<MongoConnectionDetails> embedded) {
    InfrastructureProperties.Mongodb options = properties.mongodb();
    ConnectionString server =
        options.external()
            ? new ConnectionString(options.uri())
            : embedded
                .getIfAvailable(
                    () -> {
                      throw EmbeddedServers.missing("RAPPORT_MONGODB_URI");
                    })
                .getConnectionString();
    return MongoClientSettings.builder()
        .applyConnectionString(server)
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

  /**
   * Up while the external read store answers a ping within two seconds (the embedded one reports
   * its own health).
   */
  @Bean
  @ConditionalOnExternalServer("rapport.mongodb.uri")
  ReactiveHealthIndicator readStore(com.mongodb.reactivestreams.client.MongoClient client) {
    return () ->
        Mono.from(client.getDatabase("admin").runCommand(new Document("ping", 1)))
            .timeout(HEALTH_TIMEOUT)
            .map(pong -> Health.up())
            .onErrorResume(
                failure ->
                    Mono.just(
                        Health.down().withDetail("error", failure.getClass().getSimpleName())))
            .map(health -> health.withDetail("mode", "external").build());
  }

  @Bean
  com.mongodb.reactivestreams.client.MongoClient reactiveMongoClient(MongoClientSettings settings) {
    return com.mongodb.reactivestreams.client.MongoClients.create(settings);
  }

  @Bean
  com.mongodb.client.MongoClient mongoClient(MongoClientSettings settings) {
    return com.mongodb.client.MongoClients.create(settings);
  }
}
