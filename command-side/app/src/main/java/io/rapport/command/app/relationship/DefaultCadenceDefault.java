package io.rapport.command.app.relationship;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The same 90-day cadence for every tenant, until a tenant policy is declared. An
 * auto-configuration, so that it is considered after every bean of the application.
 */
@AutoConfiguration
class DefaultCadenceDefault {

  @Bean
  @ConditionalOnMissingBean(DefaultCadence.class)
  DefaultCadence defaultCadence() {
    return tenantId -> DefaultCadence.DEFAULT_DAYS;
  }
}
