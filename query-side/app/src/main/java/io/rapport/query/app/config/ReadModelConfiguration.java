package io.rapport.query.app.config;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.app.store.FlushingTokenStore;
import io.rapport.query.app.store.Generations;
import io.rapport.query.app.store.ProjectionWriter;
import io.rapport.query.app.store.ReadModels;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models live in MongoDB, and so does the token of the processor that writes them: a token
 * never outlives or outruns its projections. One pooled streaming processor ({@value #PROCESSOR})
 * writes every read model: each event is read, deserialized and decrypted once and handed to every
 * projection, and each batch ends in one bulk write per collection and one token write per segment.
 * Each projection keeps its own processing group inside it (its sequencing, its dead letters, its
 * failure policy).
 */
@Configuration
@EnableConfigurationProperties(ReadModelProperties.class)
public class ReadModelConfiguration {

  /** The processor of all read models. */
  public static final String PROCESSOR = "read-models";

  @Bean
  static ReadModels declaredReadModels(ListableBeanFactory beans) {
    return ReadModels.declaredIn(beans);
  }

  @Bean
  Generations generations(
      com.mongodb.client.MongoClient syncClient,
      ReadModelProperties properties,
      ReadModels models) {
    return new Generations(syncClient.getDatabase(properties.database()), models);
  }

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
  ProjectionWriter projectionWriter(MongoDatabase readModelDatabase, Generations generations) {
    return new ProjectionWriter(readModelDatabase, generations);
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

  /**
   * The token stores of rebuilds: in memory (an interrupted rebuild starts again from the start),
   * flushing the batch's writes before its token moves on, as the live processor's does.
   */
  @Bean
  Supplier<TokenStore> rebuildTokenStores(ProjectionWriter writer) {
    return () -> new FlushingTokenStore(new InMemoryTokenStore(), writer);
  }

  @Autowired
  void configureProcessors(
      EventProcessingConfigurer processing,
      ReadModelProperties properties,
      ReadModels models,
      ObjectProvider<TokenStore> tokens) {
    processing
        .usingPooledStreamingEventProcessors()
        .registerPooledStreamingEventProcessorConfiguration(
            (config, builder) ->
                builder
                    .transactionManager(NoTransactionManager.instance())
                    .batchSize(properties.batchSize())
                    .initialSegmentCount(properties.segments()));
    for (String model : models.names()) {
      processing.assignProcessingGroup(model, PROCESSOR);
    }
    processing.registerPooledStreamingEventProcessorConfiguration(
        PROCESSOR,
        (config, builder) ->
            builder
                .transactionManager(NoTransactionManager.instance())
                .batchSize(properties.batchSize())
                .initialSegmentCount(properties.segments())
                .initialToken(
                    source ->
                        LegacyTokens.lowestOf(tokens.getObject(), models.names())
                            .orElseGet(source::createTailToken)));
  }
}
