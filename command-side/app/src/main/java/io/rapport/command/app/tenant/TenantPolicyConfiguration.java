package io.rapport.command.app.tenant;

import java.time.Duration;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;

/**
 * The processor behind {@link TenantThankYouWindows}.
 *
 * <p>It is a streaming processor on the event store with an in-memory token store, starting at the
 * first event: at every start it reads all tenant events again, which rebuilds the map that lives
 * in memory; afterwards it follows the store, so every node sees a window changed on another node.
 * (A subscribing processor would only hear of changes made in its own JVM.) Until it has read to
 * the head, the map may still miss a tenant, so {@link WindowsCaughtUp} holds back the web server
 * until then, and no thank-you is judged by a window not yet read.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TenantPolicyConfiguration {

  /** How long the start waits for the windows before it goes on with a warning. */
  static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(2);

  @Autowired
  void windowsProcessor(EventProcessingConfigurer processing) {
    processing
        .registerTokenStore(TenantThankYouWindows.GROUP, config -> new InMemoryTokenStore())
        .registerPooledStreamingEventProcessor(
            TenantThankYouWindows.GROUP,
            Configuration::eventStore,
            (config, builder) ->
                builder
                    .initialSegmentCount(1)
                    .initialToken(StreamableMessageSource::createTailToken));
  }

  @Bean
  WindowsCaughtUp windowsCaughtUp(EventProcessingConfiguration processing) {
    return new WindowsCaughtUp(processing, TenantThankYouWindows.GROUP, CATCH_UP_LIMIT);
  }
}
