package io.rapport.query.app.maintenance;

import io.rapport.query.api.projection.FetchProjectionsQuery;
import io.rapport.query.api.projection.ProjectionList;
import io.rapport.query.api.projection.ProjectionState;
import io.rapport.query.api.projection.ProjectionStatusView;
import io.rapport.query.api.projection.SegmentStatusView;
import io.rapport.query.app.config.ReadModelConfiguration;
import io.rapport.query.app.store.ReadModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * How each read model is doing, for platform staff and health: running, failing (with the last
 * cause), being rebuilt or stopped, and how far each segment of the processor that writes it got;
 * then the node's other event processors (state kept in memory), the same way. The read models
 * share one processor, so they share its segments and its failures; repairs are their own.
 */
@Component
class Projections {

  private final EventProcessingConfiguration processing;
  private final ReadModels models;
  private final ProcessorFailures failures;
  private final Rebuilds rebuilds;
  private final EventStore events;

  Projections(
      EventProcessingConfiguration processing,
      ReadModels models,
      ProcessorFailures failures,
      Rebuilds rebuilds,
      EventStore events) {
    this.processing = processing;
    this.models = models;
    this.failures = failures;
    this.rebuilds = rebuilds;
    this.events = events;
  }

  @QueryHandler
  ProjectionList handle(FetchProjectionsQuery query, MetaData metaData) {
    if (!Staff.isPlatformStaff(metaData)) {
      return new ProjectionList(List.of());
    }
    long head = query.withBacklog() ? position(events.createHeadToken()) : -1;
    List<ProjectionStatusView> views = new ArrayList<>();
    processing
        .eventProcessor(ReadModelConfiguration.PROCESSOR)
        .ifPresent(
            processor -> models.names().forEach(model -> views.add(view(model, processor, head))));
    processing.eventProcessors().values().stream()
        .filter(processor -> !ReadModelConfiguration.PROCESSOR.equals(processor.getName()))
        .sorted(Comparator.comparing(EventProcessor::getName))
        .forEach(processor -> views.add(view(processor.getName(), processor, head)));
    return new ProjectionList(views);
  }

  private ProjectionStatusView view(String name, EventProcessor processor, long head) {
    List<SegmentStatusView> segments = List.of();
    long behind = 0;
    if (processor instanceof StreamingEventProcessor streaming) {
      Map<Integer, EventTrackerStatus> statuses = streaming.processingStatus();
      segments =
          statuses.values().stream()
              .map(Projections::segment)
              .sorted(Comparator.comparingInt(SegmentStatusView::segment))
              .toList();
      if (head >= 0) {
        long slowest =
            statuses.values().stream()
                .mapToLong(status -> position(status.getTrackingToken()))
                .min()
                .orElse(head);
        behind = Math.max(0, head - slowest);
      }
    }
    ProcessorFailures.Failures failed = failures.ofReadModel(name, processor.getName());
    return new ProjectionStatusView(
        name,
        state(processor, name),
        segments,
        behind,
        failed.count(),
        failed.lastAt(),
        failed.lastCause(),
        failures.of(name).repairs());
  }

  private ProjectionState state(EventProcessor processor, String name) {
    if (rebuilds.running(name)) {
      return ProjectionState.REBUILDING;
    }
    if (failures.failing(processor.getName())) {
      return ProjectionState.FAILING;
    }
    return processor.isRunning() ? ProjectionState.RUNNING : ProjectionState.STOPPED;
  }

  private static SegmentStatusView segment(EventTrackerStatus status) {
    TrackingToken token = status.getTrackingToken();
    return new SegmentStatusView(
        status.getSegment().getSegmentId(),
        token == null || token.position().isEmpty() ? null : token.position().getAsLong(),
        status.isReplaying(),
        status.isErrorState() && status.getError() != null
            ? ProcessorFailures.describe(status.getError())
            : null);
  }

  private static long position(TrackingToken token) {
    return token == null ? 0 : token.position().orElse(0);
  }
}
