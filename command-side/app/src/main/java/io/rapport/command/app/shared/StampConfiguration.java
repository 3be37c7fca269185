package io.rapport.command.app.shared;

import io.rapport.command.api.Stamp;
import java.util.Arrays;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event carries on the stamp of the command that caused it: tenant, user, roles and the
 * request's correlation id.
 */
@Configuration
public class StampConfiguration {

  @Bean
  CorrelationDataProvider stampsCarriedOn() {
    return carriedStamps();
  }

  /** The provider that copies the stamp from a command onto its events. */
  public static CorrelationDataProvider carriedStamps() {
    return new SimpleCorrelationDataProvider(
        Arrays.stream(Stamp.values()).map(Stamp::key).toArray(String[]::new));
  }
}
