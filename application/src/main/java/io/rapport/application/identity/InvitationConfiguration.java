package io.rapport.application.identity;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The processor behind {@link InvitationMails}: one segment, small batches (each mail is a remote
 * call), its token beside the read models' tokens, starting at the head of the store the first time
 * it runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvitationProperties.class)
class InvitationConfiguration {

  @Autowired
  void invitationsProcessor(EventProcessingConfigurer processing) {
    processing.registerPooledStreamingEventProcessor(
        InvitationMails.GROUP,
        org.axonframework.config.Configuration::eventStore,
        (config, builder) ->
            builder
                .initialSegmentCount(1)
                .batchSize(10)
                .initialToken(StreamableMessageSource::createHeadToken));
  }
}
