package io.rapport.command.app.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event storage on PostgreSQL, with snake_case names (the schema is Flyway's, see
 * {@code db/migration}) and PostgreSQL's unique violations recognised as concurrent appends.
 */
@Configuration
public class EventStoreConfiguration {

  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  /** Axon's JDBC storage as its auto-configuration builds it, stamping each event's position. */
  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer defaultSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema eventSchema) {
    return new PositionStampingStorageEngine(
        JdbcEventStorageEngine.builder()
            .snapshotSerializer(defaultSerializer)
            .upcasterChain(configuration.upcasterChain())
            .persistenceExceptionResolver(persistenceExceptionResolver)
            .eventSerializer(eventSerializer)
            .snapshotFilter(configuration.snapshotFilter())
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(eventSchema),
        eventSchema.globalIndexColumn());
  }

  @Bean
  SagaSchema sagaSchema() {
    return SagaSchema.builder()
        .sagaEntryTable("saga_entry")
        .associationValueEntryTable("association_value_entry")
        .sagaIdColumn("saga_id")
        .revisionColumn("revision")
        .sagaTypeColumn("saga_type")
        .serializedSagaColumn("serialized_saga")
        .associationKeyColumn("association_key")
        .associationValueColumn("association_value")
        .build();
  }

  @Bean
  UniqueViolationResolver persistenceExceptionResolver() {
    return new UniqueViolationResolver();
  }
}
