package io.rapport.gateway.people;

import io.rapport.command.api.coaching.RegisterPersonCommand;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes everyone who signs in to a tenant known to it, with name and e-mail from their token. A
 * person is registered once per process and again only when their details change; the command is
 * idempotent, so several nodes may register the same person.
 */
@Component
@Order(0)
class PersonRegistration implements WebFilter {

  private static final Logger log = LoggerFactory.getLogger(PersonRegistration.class);
  private static final int REMEMBERED = 100_000;

  private final Dispatch dispatch;
  private final Map<String, Caller> registered = new ConcurrentHashMap<>();

  PersonRegistration(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(context -> context.getAuthentication())
        .filter(auth -> auth.getPrincipal() instanceof Caller caller && caller.hasTenant())
        .map(auth -> (Caller) auth.getPrincipal())
        .filter(caller -> !caller.equals(registered.get(caller.userId())))
        .flatMap(this::register)
        .then(chain.filter(exchange));
  }

  private Mono<Void> register(Caller caller) {
    if (registered.size() > REMEMBERED) {
      registered.clear();
    }
    return dispatch
        .command(
            caller,
            new RegisterPersonCommand(
                caller.userId(),
                caller.username(),
                caller.name(),
                caller.email(),
                List.copyOf(caller.roles().stream().sorted().toList())))
        .doOnSuccess(result -> registered.put(caller.userId(), caller))
        .onErrorResume(
            e -> {
              log.warn("Could not register {}: {}", caller.userId(), e.toString());
              return Mono.empty();
            })
        .then();
  }
}
