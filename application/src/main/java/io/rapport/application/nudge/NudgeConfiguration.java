package io.rapport.application.nudge;

import io.rapport.gateway.nudge.UnsubscribeLinks;
import io.rapport.query.app.audit.DerivedKeys;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processor behind {@link NudgeMails} (one segment, small batches: each mail is a remote call;
 * from the head of the store the first time it runs), and the key of the unsubscribe links, derived
 * from the platform's audit signing key so that every node signs and checks them alike.
 */
@Configuration(proxyBeanMethods = false)
class NudgeConfiguration {

  @Autowired
  void nudgeMailsProcessor(EventProcessingConfigurer processing) {
    processing.registerPooledStreamingEventProcessor(
        NudgeMails.GROUP,
        org.axonframework.config.Configuration::eventStore,
        (config, builder) ->
            builder
                .initialSegmentCount(1)
                .batchSize(10)
                .initialToken(StreamableMessageSource::createHeadToken));
  }

  @Bean
  UnsubscribeLinks unsubscribeLinks(DerivedKeys keys) {
    return new UnsubscribeLinks(keys.forPurpose("unsubscribe-links"));
  }
}
