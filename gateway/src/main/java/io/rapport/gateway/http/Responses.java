package io.rapport.gateway.http;

import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/** Answers shared by the controllers. */
public final class Responses {

  private Responses() {}

  /** 204 once the command has been handled. */
  public static Mono<ResponseEntity<Void>> noContent(Mono<?> command) {
    return command.then(Mono.fromSupplier(() -> ResponseEntity.noContent().build()));
  }
}
