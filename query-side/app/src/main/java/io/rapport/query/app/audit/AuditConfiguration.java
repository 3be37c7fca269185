package io.rapport.query.app.audit;

import io.rapport.command.api.Stamp;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.MetaDataSequencingPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The audit processor: a tenant's events are sequenced by tenant, so that one segment handles them
 * in order and the chain never forks (and the processor starts with a single segment, so that one
 * thread appends to all chains); and a failure stops the processor (it retries the batch) instead
 * of being logged and skipped, since a skipped event would be a hole in the audit.
 */
@Configuration
class AuditConfiguration {

  @Autowired
  void configure(EventProcessingConfigurer processing) {
    processing
        .registerSequencingPolicy(
            AuditProjection.GROUP,
            config -> MetaDataSequencingPolicy.builder().metaDataKey(Stamp.TENANT_ID.key()).build())
        .registerListenerInvocationErrorHandler(
            AuditProjection.GROUP, config -> PropagatingErrorHandler.instance())
        .registerPooledStreamingEventProcessorConfiguration(
            AuditProjection.GROUP, (config, builder) -> builder.initialSegmentCount(1));
  }
}
