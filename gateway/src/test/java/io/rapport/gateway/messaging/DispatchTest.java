package io.rapport.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.rapport.command.api.Consistency;
import io.rapport.gateway.security.Caller;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class DispatchTest {

  private final CommandGateway commands = mock(CommandGateway.class);
  private final Dispatch dispatch =
      new Dispatch(commands, mock(QueryGateway.class), Schedulers.boundedElastic());
  private final Caller caller =
      new Caller("u-1", "t-1", Set.of(Caller.STUDENT), "ada", "Ada", "ada@example.org");

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void triesAConcurrentAppendAgainAndNotesThePositionReached() {
    AtomicInteger attempts = new AtomicInteger();
    List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    doAnswer(
            call -> {
              threads.add(Thread.currentThread().getName());
              CommandMessage<?> message = call.getArgument(0);
              CommandCallback callback = call.getArgument(1);
              if (attempts.incrementAndGet() == 1) {
                callback.onResult(
                    message,
                    GenericCommandResultMessage.asCommandResultMessage(
                        new ConcurrencyException("someone else appended first")));
              } else {
                callback.onResult(
                    message,
                    new GenericCommandResultMessage<>(
                        "done", MetaData.with(Consistency.POSITION.key(), 42L)));
              }
              return null;
            })
        .when(commands)
        .send(any(), any(CommandCallback.class));
    AtomicLong reached = new AtomicLong();

    StepVerifier.create(
            dispatch
                .<String>command(caller, "a command")
                .contextWrite(context -> CommandContext.withPosition(context, reached)))
        .expectNext("done")
        .verifyComplete();

    assertThat(attempts).hasValue(2);
    assertThat(reached).hasValue(42);
    assertThat(threads).allMatch(name -> name.startsWith("boundedElastic"));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void givesTheIdempotencyKeyToTheRequestsFirstCommandOnly() {
    List<MetaData> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    doAnswer(
            call -> {
              CommandMessage<?> message = call.getArgument(0);
              sent.add(message.getMetaData());
              ((CommandCallback) call.getArgument(1))
                  .onResult(message, new GenericCommandResultMessage<>("ok"));
              return null;
            })
        .when(commands)
        .send(any(), any(CommandCallback.class));

    Mono.when(dispatch.command(caller, "first"), dispatch.command(caller, "second"))
        .contextWrite(context -> CommandContext.withIdempotencyKey(context, "k-1", "h-1"))
        .block();

    verify(commands, times(2)).send(any(), any(CommandCallback.class));
    assertThat(sent)
        .filteredOn(m -> "k-1".equals(m.get(Consistency.IDEMPOTENCY_KEY.key())))
        .hasSize(1)
        .allMatch(m -> "h-1".equals(m.get(Consistency.REQUEST_HASH.key())));
  }
}
