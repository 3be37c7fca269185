package io.rapport.command.app.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wraps Axon's event serializer (the bean {@code eventSerializer}, however it is configured) in the
 * {@link ShreddingSerializer}, so that every event written to and read from the event store, by the
 * command side and by the projections, passes through it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

  static final String EVENT_SERIALIZER = "eventSerializer";

  @Bean
  SubjectKeys subjectKeys(JdbcTemplate jdbc, PrivacyProperties properties) {
    return new SubjectKeys(jdbc, properties.keysCachedFor());
  }

  @Bean
  DecryptionFailures decryptionFailures(ObjectProvider<MeterRegistry> meters) {
    return new DecryptionFailures(meters.getIfAvailable(SimpleMeterRegistry::new));
  }

  @Bean
  static BeanPostProcessor shreddingEventSerializer(
      ObjectProvider<SubjectKeys> keys, ObjectProvider<DecryptionFailures> failures) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (EVENT_SERIALIZER.equals(beanName)
            && bean instanceof Serializer serializer
            && !(bean instanceof ShreddingSerializer)) {
          return new ShreddingSerializer(serializer, keys::getObject, failures::getObject);
        }
        return bean;
      }
    };
  }
}
