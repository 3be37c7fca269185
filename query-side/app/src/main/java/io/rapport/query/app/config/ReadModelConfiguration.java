package io.rapport.query.app.config;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.app.store.FlushingTokenStore;
import io.rapport.query.app.store.ProjectionWriter;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models live in MongoDB, and so do the tokens of the processors that write them: a token
 * never outlives or outruns its projection. Processors are pooled streaming processors without a
 * JDBC transaction, writing in batches.
 */
@Configuration
@EnableConfigurationProperties(ReadModelProperties.class)
public class ReadModelConfiguration {

  @Bean
  MongoDatabase readModelDatabase(MongoClient client, ReadModelProperties properties) {
    return client.getDatabase(properties.database());
  }

  /** The clock that time-based states (due, overdue, cooling) are read against. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ProjectionWriter projectionWriter(MongoDatabase readModelDatabase) {
    return new ProjectionWriter(readModelDatabase);
  }

  @Bean
  TokenStore tokenStore(
      com.mongodb.client.MongoClient syncClient,
      ReadModelProperties properties,
      @Qualifier("serializer") Serializer serializer,
      ProjectionWriter writer) {
    MongoTokenStore tokens =
        MongoTokenStore.builder()
            .mongoTemplate(
                DefaultMongoTemplate.builder()
                    .mongoDatabase(syncClient, properties.database())
                    .build())
            .serializer(serializer)
            .nodeId(properties.nodeName() + "-" + UUID.randomUUID())
            .build();
    return new FlushingTokenStore(tokens, writer);
  }

  @Autowired
  void configureProcessors(EventProcessingConfigurer processing, ReadModelProperties properties) {
    processing
        .usingPooledStreamingEventProcessors()
        .registerPooledStreamingEventProcessorConfiguration(
            (config, builder) ->
                builder
                    .transactionManager(NoTransactionManager.instance())
                    .batchSize(properties.batchSize())
                    .initialSegmentCount(properties.segments()));
  }
}
