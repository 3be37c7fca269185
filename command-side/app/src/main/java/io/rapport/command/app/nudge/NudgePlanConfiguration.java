package io.rapport.command.app.nudge;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The nudge plan's processor, from the first event of the store (a plan for what happened before
 * nudges existed; what is past is dropped when due), with its token in PostgreSQL beside the plan
 * (Axon's JDBC token store, whose claims also spread it over nodes); and the round that sends what
 * is due.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NudgeProperties.class)
class NudgePlanConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NudgePlanConfiguration.class);

  static final TokenSchema TOKENS =
      TokenSchema.builder()
          .setTokenTable("token_entry")
          .setProcessorNameColumn("processor_name")
          .setSegmentColumn("segment")
          .setTokenColumn("token")
          .setTokenTypeColumn("token_type")
          .setTimestampColumn("time_stamp")
          .setOwnerColumn("owner")
          .build();

  @Autowired
  void planProcessor(EventProcessingConfigurer processing, ConnectionProvider connections) {
    processing
        .registerTokenStore(
            NudgePlanner.GROUP,
            config ->
                JdbcTokenStore.builder()
                    .connectionProvider(connections)
                    .serializer(config.serializer())
                    .schema(TOKENS)
                    .build())
        .registerPooledStreamingEventProcessor(
            NudgePlanner.GROUP,
            Configuration::eventStore,
            (config, builder) ->
                builder
                    .initialSegmentCount(1)
                    .batchSize(100)
                    .initialToken(StreamableMessageSource::createTailToken));
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService nudgeRounds(NudgeDispatcher dispatcher, NudgeProperties properties) {
    ScheduledExecutorService rounds =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "nudges");
              thread.setDaemon(true);
              return thread;
            });
    if (properties.enabled()) {
      long every = properties.checkEvery().toMillis();
      rounds.scheduleWithFixedDelay(
          () -> {
            try {
              dispatcher.sendDue();
            } catch (RuntimeException e) {
              // e.g. the database is away: the nudges stay due and are sent in a later round
              log.warn("Could not send the nudges that are due: {}", e.toString());
            }
          },
          every,
          every,
          TimeUnit.MILLISECONDS);
    }
    return rounds;
  }
}
