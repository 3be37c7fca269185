package io.rapport.query.app;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.ZoneOffset;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoReactiveAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Primary;

/**
 * The query side as the gateway assembles it, on stores in memory: every component of {@code
 * io.rapport.query.app} with Axon's Spring Boot configuration, events in an {@link
 * GapAwareInMemoryStorage} instead of PostgreSQL, read models and tokens in mongo-java-server's
 * memory backend instead of the embedded file store, and a clock fixed at {@link
 * ProjectionFixture#NOW} so that what is worked out when read (due, overdue, cooling) is the same
 * at every run.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
    exclude = {MongoAutoConfiguration.class, MongoReactiveAutoConfiguration.class})
@ComponentScan("io.rapport.query.app")
class QuerySideForTests {

  /** A fixed audit key: the chains are signed as in production, not with a key file. */
  static final String AUDIT_SIGNING_KEY =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  @Bean(destroyMethod = "shutdownNow")
  MongoServer readStoreServer() {
    return new MongoServer(new MemoryBackend());
  }

  @Bean
  ReadStoreAddress readStoreAddress(MongoServer server) {
    return new ReadStoreAddress(server.bindAndGetConnectionString());
  }

  @Bean(destroyMethod = "close")
  com.mongodb.reactivestreams.client.MongoClient reactiveMongoClient(ReadStoreAddress address) {
    return com.mongodb.reactivestreams.client.MongoClients.create(address.uri());
  }

  @Bean(destroyMethod = "close")
  com.mongodb.client.MongoClient mongoClient(ReadStoreAddress address) {
    return MongoClients.create(address.uri());
  }

  @Bean
  EventStorageEngine eventStorageEngine() {
    return new GapAwareInMemoryStorage();
  }

  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(ProjectionFixture.NOW, ZoneOffset.UTC);
  }

  /** Where the read store listens. */
  record ReadStoreAddress(String uri) {}
}
