package io.rapport.command.app.chat;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The same 24-hour thank-you window for every tenant, until a tenant policy is declared. An
 * auto-configuration, so that it is considered after every bean of the application.
 */
@AutoConfiguration
class ThankYouWindowDefault {

  @Bean
  @ConditionalOnMissingBean(ThankYouWindow.class)
  ThankYouWindow thankYouWindow() {
    return tenantId -> ThankYouWindow.DEFAULT_HOURS;
  }
}
