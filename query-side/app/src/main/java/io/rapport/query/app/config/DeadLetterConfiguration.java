package io.rapport.query.app.config;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event parks that event, and the later events of its sequence (its
 * aggregate), in a dead-letter queue beside the read model and its tokens, and goes on with the
 * other sequences. Processors named in {@link ReadModelProperties#stopOnFailure()} get no queue:
 * they stop and retry instead (the audit chain must not have holes).
 */
@Configuration
class DeadLetterConfiguration {

  @Autowired
  void deadLetters(
      EventProcessingConfigurer processing,
      com.mongodb.client.MongoClient syncClient,
      ReadModelProperties properties,
      @Qualifier("eventSerializer") Serializer serializer) {
    processing.registerDeadLetterQueueProvider(
        group ->
            properties.stopOnFailure().contains(group)
                ? null
                : config ->
                    MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .mongoTemplate(
                            DefaultMongoTemplate.builder()
                                .mongoDatabase(syncClient, properties.database())
                                .build())
                        .serializer(serializer)
                        .transactionManager(NoTransactionManager.instance())
                        .build());
  }
}
