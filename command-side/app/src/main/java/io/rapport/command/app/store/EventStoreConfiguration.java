package io.rapport.command.app.store;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
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
