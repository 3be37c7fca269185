package io.rapport.gateway.health;

import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import io.rapport.query.api.projection.FetchProjectionsQuery;
import io.rapport.query.api.projection.ProjectionList;
import io.rapport.query.api.projection.ProjectionState;
import io.rapport.query.api.projection.ProjectionStatusView;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.ReactiveHealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The read models: {@value #DEGRADED} while a processor fails its batches (with which, on which
 * segments and why) or a read model is being rebuilt, up otherwise. A degraded read side still
 * serves, so readiness stays 200; the details say what is behind.
 */
@Component("readModels")
class ReadModelsHealth implements ReactiveHealthIndicator {

  static final String DEGRADED = "DEGRADED";

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** The health check asks as platform staff, who may see every processor. */
  private static final Caller HEALTH_CHECK =
      new Caller(
          "rapport-health-check",
          null,
          Set.of(Caller.PLATFORM_ADMIN),
          "rapport-health-check",
          "Health check",
          null);

  private final Dispatch dispatch;

  ReadModelsHealth(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public Mono<Health> health() {
    return dispatch
        .query(HEALTH_CHECK, new FetchProjectionsQuery(false), ProjectionList.class)
        .timeout(TIMEOUT)
        .map(ReadModelsHealth::of)
        .onErrorResume(
            failure ->
                Mono.just(
                    Health.unknown()
                        .withDetail("error", failure.getClass().getSimpleName())
                        .build()));
  }

  private static Health of(ProjectionList projections) {
    Map<String, Object> behind = new LinkedHashMap<>();
    for (ProjectionStatusView projection : projections.items()) {
      if (projection.state() != ProjectionState.RUNNING) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("state", projection.state());
        detail.put(
            "segments",
            projection.segments().stream()
                .map(
                    segment ->
                        segment.error() == null
                            ? Map.<String, Object>of("segment", segment.segment())
                            : Map.<String, Object>of(
                                "segment", segment.segment(), "error", segment.error()))
                .toList());
        if (projection.lastFailure() != null) {
          detail.put("lastFailure", projection.lastFailure());
          detail.put("lastFailureAt", projection.lastFailureAt());
          detail.put("failures", projection.failures());
        }
        behind.put(projection.name(), detail);
      }
    }
    Health.Builder health = behind.isEmpty() ? Health.up() : Health.status(new Status(DEGRADED));
    return health.withDetail("processors", behind.isEmpty() ? List.of() : behind).build();
  }
}
