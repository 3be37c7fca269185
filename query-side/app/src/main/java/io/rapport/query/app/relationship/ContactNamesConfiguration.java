package io.rapport.query.app.relationship;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;

/**
 * The cache of contact names and the processor behind {@link ContactNameFeed}: a streaming
 * processor on the event store, so that every node hears of an erasure handled on any node (a
 * subscribing one would only hear of those of its own JVM), with its position in memory only and
 * starting at the head, as the cache it feeds starts empty.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ContactNamesConfiguration {

  @Bean
  ContactNameCache contactNameCache() {
    return new ContactNameCache(ContactNameCache.DEFAULT_NAMES);
  }

  @Autowired
  void contactNamesProcessor(EventProcessingConfigurer processing) {
    processing
        .registerTokenStore(ContactNameFeed.GROUP, config -> new InMemoryTokenStore())
        .registerPooledStreamingEventProcessor(
            ContactNameFeed.GROUP,
            Configuration::eventStore,
            (config, builder) ->
                builder
                    .initialSegmentCount(1)
                    .initialToken(StreamableMessageSource::createHeadToken));
  }
}
