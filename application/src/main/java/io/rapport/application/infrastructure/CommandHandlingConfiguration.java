package io.rapport.application.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads that handle commands: as many as the event store has connections (each command holds
 * one while it runs), with a queue for the rest, so that no command blocks an event loop.
 */
@Configuration(proxyBeanMethods = false)
class CommandHandlingConfiguration {

  private static final int QUEUED = 10_000;

  @Bean(destroyMethod = "dispose")
  Scheduler commandHandling(InfrastructureProperties properties) {
    return Schedulers.newBoundedElastic(
        properties.postgres().poolSize(), QUEUED, "rapport-commands");
  }
}
