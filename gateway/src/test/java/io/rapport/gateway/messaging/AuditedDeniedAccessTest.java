package io.rapport.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rapport.command.api.audit.RecordDeniedAccessCommand;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class AuditedDeniedAccessTest {

  private final List<RecordDeniedAccessCommand> recorded = new CopyOnWriteArrayList<>();
  private final AuditedDeniedAccess denied =
      new AuditedDeniedAccess(
          dispatch(), new SimpleMeterRegistry(), new DeniedAccessProperties(Duration.ofHours(1)));

  @AfterEach
  void stop() {
    denied.destroy();
  }

  @Test
  void theFirstAttemptIsRecordedAtOnceAndTheRepeatsAsOneEntryNamingTheirOwnResources() {
    attempt("/api/v1/a\r\nforged");
    assertThat(recorded)
        .singleElement()
        .satisfies(
            first -> {
              assertThat(first.repeats()).isZero();
              assertThat(first.resource()).isEqualTo("/api/v1/a??forged");
            });

    attempt("/api/v1/b");
    attempt("/api/v1/c");
    attempt("/api/v1/b");
    assertThat(recorded).hasSize(1);

    denied.destroy(); // the window closes, as at shutdown
    assertThat(recorded).hasSize(2);
    RecordDeniedAccessCommand repeats = recorded.get(1);
    assertThat(repeats.repeats()).isEqualTo(3);
    assertThat(repeats.resource()).isEqualTo("/api/v1/b, /api/v1/c");
  }

  @Test
  void repeatsOfManyResourcesNameAFewAndSaySoThatThereWereMore() {
    for (int i = 0; i < 50; i++) {
      attempt("/api/v1/r" + i);
    }

    denied.destroy();
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(1).repeats()).isEqualTo(49);
    assertThat(recorded.get(1).resource()).endsWith(", …").hasSizeLessThan(60);
  }

  private void attempt(String resource) {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/me"));
    denied.record(exchange, HttpStatus.UNAUTHORIZED, null, resource).block();
  }

  private Dispatch dispatch() {
    Dispatch dispatch = mock(Dispatch.class);
    when(dispatch.sendQuietly(any(), anyString(), any()))
        .thenAnswer(
            invocation -> {
              recorded.add(invocation.getArgument(2));
              return Mono.empty();
            });
    return dispatch;
  }
}
