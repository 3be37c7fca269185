package io.rapport.query.app.maintenance;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Every processor's failed batches go through {@link ProcessorFailures}, and so does the news of
 * each batch that commits or rolls back, with the segment it was for.
 */
@Configuration
class FailureHandling {

  private static final String TOLD = FailureHandling.class.getName() + ".told";

  @Autowired
  void registerFailures(EventProcessingConfigurer processing, ProcessorFailures failures) {
    processing.registerDefaultErrorHandler(config -> failures);
    processing.registerDefaultHandlerInterceptor(
        (config, processor) -> successes(processor, failures));
  }

  /** Tells of a batch once it committed or rolled back, once per batch. */
  private static MessageHandlerInterceptor<EventMessage<?>> successes(
      String processor, ProcessorFailures failures) {
    String segmentKey = "Processor[" + processor + "]/SegmentId";
    return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
      UnitOfWork<?> batch = unitOfWork.root();
      if (batch.getOrComputeResource(TOLD, key -> Boolean.FALSE).equals(Boolean.FALSE)) {
        batch.resources().put(TOLD, Boolean.TRUE);
        // a subscribing processor has no segments: it counts as its only one
        int segment = batch.getOrDefaultResource(segmentKey, 0);
        batch.afterCommit(committed -> failures.succeeded(processor, segment));
        batch.onRollback(rolledBack -> failures.batchFailed(processor, segment));
      }
      return chain.proceed();
    };
  }
}
