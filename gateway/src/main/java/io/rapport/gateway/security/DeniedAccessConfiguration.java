package io.rapport.gateway.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Denied attempts are at least logged. */
@Configuration(proxyBeanMethods = false)
class DeniedAccessConfiguration {

  @Bean
  @ConditionalOnMissingBean(DeniedAccess.class)
  DeniedAccess loggedDeniedAccess() {
    return new LoggedDeniedAccess();
  }
}
