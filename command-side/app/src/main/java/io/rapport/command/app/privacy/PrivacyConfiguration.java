package io.rapport.command.app.privacy;

import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wraps Axon's event serializer (the bean {@code eventSerializer}, however it is configured) in the
 * {@link ShreddingSerializer}, so that every event written to and read from the event store, by the
 * command side and by the projections, passes through it.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

  static final String EVENT_SERIALIZER = "eventSerializer";

  @Bean
  SubjectKeys subjectKeys(JdbcTemplate jdbc) {
    return new SubjectKeys(jdbc);
  }

  @Bean
  static BeanPostProcessor shreddingEventSerializer(ObjectProvider<SubjectKeys> keys) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (EVENT_SERIALIZER.equals(beanName)
            && bean instanceof Serializer serializer
            && !(bean instanceof ShreddingSerializer)) {
          return new ShreddingSerializer(serializer, keys::getObject);
        }
        return bean;
      }
    };
  }
}
