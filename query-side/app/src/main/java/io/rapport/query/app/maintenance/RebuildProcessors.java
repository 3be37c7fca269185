package io.rapport.query.app.maintenance;

import io.rapport.query.app.config.ReadModelProperties;
import io.rapport.query.app.store.Generations;
import io.rapport.query.app.store.ReadModelCollections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the processor of a rebuild: the projections of the read models being rebuilt, with their
 * own sequencing, reading the events from the start of the stream in one pass, each batch marked as
 * writing into the new generations. Its token lives in memory: a rebuild interrupted by a crash
 * starts again from the start (see {@link Rebuilds}). A failing batch is tried again, never parked:
 * the new generation must hold every event before it replaces the live one.
 */
@Component
class RebuildProcessors {

  private static final Logger log = LoggerFactory.getLogger(RebuildProcessors.class);

  private final ListableBeanFactory beans;
  private final Configuration axon;
  private final EventProcessingConfiguration processing;
  private final EventStore events;
  private final Supplier<TokenStore> rebuildTokenStores;
  private final ReadModelProperties properties;
  private final ProcessorFailures failures;

  RebuildProcessors(
      ListableBeanFactory beans,
      Configuration axon,
      EventProcessingConfiguration processing,
      EventStore events,
      Supplier<TokenStore> rebuildTokenStores,
      ReadModelProperties properties,
      ProcessorFailures failures) {
    this.beans = beans;
    this.axon = axon;
    this.processing = processing;
    this.events = events;
    this.rebuildTokenStores = rebuildTokenStores;
    this.properties = properties;
    this.failures = failures;
  }

  PooledStreamingEventProcessor processorFor(String name, Map<String, Integer> generationByModel) {
    List<EventHandlerInvoker> invokers = new ArrayList<>();
    generationByModel.keySet().forEach(model -> invokers.add(invokerOf(model)));
    PooledStreamingEventProcessor processor =
        PooledStreamingEventProcessor.builder()
            .name(name)
            .eventHandlerInvoker(new MultiEventHandlerInvoker(invokers))
            .messageSource(events)
            .tokenStore(rebuildTokenStores.get())
            .transactionManager(NoTransactionManager.instance())
            .coordinatorExecutor(idleThreadsEnd(name))
            .workerExecutor(idleThreadsEnd(name + "-worker"))
            .initialSegmentCount(1)
            .batchSize(properties.batchSize())
            .initialToken(
                // a replay up to the head of now: handlers may tell it, and must not act on it
                source ->
                    ReplayToken.createReplayToken(
                        source.createHeadToken(), source.createTailToken()))
            .errorHandler(
                context -> {
                  log.warn(
                      "The rebuild {} failed a batch and tries it again: {}",
                      name,
                      ProcessorFailures.detail(context.error()));
                  failures.rebuildFailed(generationByModel.keySet(), context.error());
                  PropagatingErrorHandler.instance().handleError(context);
                })
            .build();
    processor.registerHandlerInterceptor(
        (unitOfWork, chain) -> {
          Generations.buildInto(unitOfWork, generationByModel);
          return chain.proceed();
        });
    return processor;
  }

  private EventHandlerInvoker invokerOf(String model) {
    List<Object> projections = new ArrayList<>();
    for (String bean : beans.getBeanNamesForAnnotation(ReadModelCollections.class)) {
      ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
      if (group != null && group.value().equals(model)) {
        projections.add(beans.getBean(bean));
      }
    }
    return SimpleEventHandlerInvoker.builder()
        .eventHandlers(projections)
        .parameterResolverFactory(axon.parameterResolverFactory())
        .handlerDefinition(axon.handlerDefinition(projections.get(0).getClass()))
        .sequencingPolicy(processing.sequencingPolicy(model))
        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
        .build();
  }

  /** An executor whose thread ends once idle, so that a finished rebuild leaves no thread. */
  private static ScheduledExecutorService idleThreadsEnd(String name) {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
    executor.setKeepAliveTime(10, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
