package io.rapport.command.app.tenant;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The processor behind {@link TenantPolicies}: a streaming processor on the event store that starts
 * at the head of the store at every start (its token lives in memory), so that it follows the
 * tenant events written from then on, on this node or any other. What came before is read per
 * tenant, from the tenant's own stream, when the tenant is first asked about; so a start reads
 * nothing of the store however many events it holds. (A subscribing processor would only hear of
 * changes made in its own JVM.)
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TenantPolicyConfiguration {

  @Autowired
  void windowsProcessor(EventProcessingConfigurer processing) {
    processing
        .registerTokenStore(TenantPolicies.GROUP, config -> new InMemoryTokenStore())
        .registerPooledStreamingEventProcessor(
            TenantPolicies.GROUP,
            Configuration::eventStore,
            (config, builder) ->
                builder
                    .initialSegmentCount(1)
                    .initialToken(StreamableMessageSource::createHeadToken));
  }
}
