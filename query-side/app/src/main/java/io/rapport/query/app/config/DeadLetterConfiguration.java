package io.rapport.query.app.config;

import io.rapport.command.api.privacy.PersonalDataUnreadable;
import io.rapport.query.app.store.StoreFailures;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event parks that event, and the later events of its sequence (its
 * aggregate), in a dead-letter queue beside the read model and its tokens, and goes on with the
 * other sequences. Processors named in {@link ReadModelProperties#stopOnFailure()} get no queue:
 * they stop and retry instead (the audit chain must not have holes); so do all processors on an
 * event that cannot be read for a cause outside it (the read store away, a subject's key lost).
 */
@Configuration
class DeadLetterConfiguration {

  @Autowired
  void deadLetters(
      EventProcessingConfigurer processing,
      ListableBeanFactory beans,
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
    // Without a cache, every event asks the queue whether its sequence is parked: one round trip
    // to MongoDB per event and processor, which bounded a rebuild to about a thousand events/s.
    // With it, a queue found empty when a segment is claimed is asked only about the sequences
    // this node parked since.
    for (String group : processingGroups(beans)) {
      if (!properties.stopOnFailure().contains(group)) {
        processing.registerDeadLetteringEventHandlerInvokerConfiguration(
            group,
            (config, builder) ->
                builder
                    .enableSequenceIdentifierCache()
                    .enqueuePolicy(DeadLetterConfiguration::park));
      }
    }
  }

  /**
   * Parks an event whose handling failed, unless the read store or the event store (which keeps the
   * keys to its personal data) could not be reached, or the event's personal data could not be read
   * though it was never erased (a key lost, a value damaged): then the batch fails, the processor
   * shows as failing, and the batch is tried again until the store or the key is back, rather than
   * parking events that are fine, or leaving a read model silently without them.
   */
  private static EnqueueDecision<EventMessage<?>> park(
      DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
    if (StoreFailures.unreachable(cause)
        || EventStoreFailures.unreachable(cause)
        || unreadable(cause)) {
      throw cause instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException("The event cannot be handled now", cause);
    }
    return Decisions.enqueue(ThrowableCause.truncated(cause));
  }

  private static boolean unreadable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HandlerExecutionException handling
          && handling.getDetails().orElse(null) instanceof PersonalDataUnreadable) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> processingGroups(ListableBeanFactory beans) {
    Set<String> groups = new TreeSet<>();
    for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
      ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
      if (group != null) {
        groups.add(group.value());
      }
    }
    return groups;
  }
}
