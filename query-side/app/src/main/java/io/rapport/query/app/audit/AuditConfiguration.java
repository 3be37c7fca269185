package io.rapport.query.app.audit;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit projection: all events form one sequence, so that one thread (the segment that the
 * sequence falls into) appends to all chains in the order of the stream and no chain forks;
 * per-tenant sequences would not do, since an event of platform staff joins two chains, and the
 * platform's chain takes events concerning every tenant. A failure fails the batch (the processor
 * retries it) instead of being logged and skipped, since a skipped event would be a hole in the
 * audit. The entries are signed with the key from {@link AuditSigningProperties}.
 */
@Configuration
@EnableConfigurationProperties(AuditSigningProperties.class)
class AuditConfiguration {

  /**
   * Every event in the same sequence, named by a string: its hash is the same on every node (the
   * identity hash of Axon's {@code SequentialPolicy} is not), so one segment takes all of it.
   */
  private static final SequencingPolicy<EventMessage<?>> ONE_SEQUENCE =
      event -> AuditProjection.GROUP;

  @Autowired
  void configure(EventProcessingConfigurer processing) {
    processing
        .registerSequencingPolicy(AuditProjection.GROUP, config -> ONE_SEQUENCE)
        .registerListenerInvocationErrorHandler(
            AuditProjection.GROUP, config -> PropagatingErrorHandler.instance());
  }

  @Bean
  AuditKey auditKey(AuditSigningProperties properties) {
    return AuditKeyFile.resolve(properties);
  }

  @Bean
  DerivedKeys derivedKeys(AuditKey auditKey) {
    return new DerivedKeys(auditKey);
  }
}
