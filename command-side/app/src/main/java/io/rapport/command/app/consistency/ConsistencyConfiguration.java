package io.rapport.command.app.consistency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers the idempotency interceptor on the command bus (Axon's Spring Boot support registers
 * every command handler interceptor bean there), the recorder of appended events on the event
 * store, and a periodic removal of expired keys.
 */
@Configuration
@EnableConfigurationProperties(IdempotencyProperties.class)
public class ConsistencyConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ConsistencyConfiguration.class);

  @Bean
  IdempotencyKeys idempotencyKeys(DataSource dataSource, IdempotencyProperties properties) {
    return new IdempotencyKeys(new JdbcTemplate(dataSource), properties.keepFor());
  }

  @Bean
  IdempotencyKeyUses idempotencyKeyUses(DataSource dataSource, IdempotencyProperties properties) {
    return new IdempotencyKeyUses(new JdbcTemplate(dataSource), properties.keepFor());
  }

  @Bean
  MessageHandlerInterceptor<CommandMessage<?>> idempotentCommands(
      IdempotencyKeys keys, ObjectProvider<ObjectMapper> json) {
    return new IdempotentCommands(
        keys,
        new HandlerResults(json.getIfAvailable(() -> new ObjectMapper().findAndRegisterModules())));
  }

  @Bean
  InitializingBean appendedEventsRecorded(EventBus eventBus) {
    return () -> eventBus.registerDispatchInterceptor(new AppendedEvents());
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService idempotencyKeyCleanup(
      IdempotencyKeys keys, IdempotencyKeyUses uses, IdempotencyProperties properties) {
    ScheduledExecutorService cleanup =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "idempotency-key-cleanup");
              thread.setDaemon(true);
              return thread;
            });
    long every = properties.cleanupEvery().toSeconds();
    cleanup.scheduleWithFixedDelay(
        () -> {
          try {
            int removed = keys.removeExpired();
            uses.removeExpired();
            if (removed > 0) {
              log.info("Removed {} expired idempotency keys", removed);
            }
          } catch (RuntimeException e) {
            log.warn("Could not remove expired idempotency keys: {}", e.toString());
          }
        },
        every,
        every,
        TimeUnit.SECONDS);
    return cleanup;
  }
}
