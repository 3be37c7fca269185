package io.rapport.gateway.http;

import io.rapport.command.api.FindIdempotencyKeyFirstUseQuery;
import io.rapport.gateway.messaging.Dispatch;
import io.rapport.gateway.security.Caller;
import java.time.Instant;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Gives a controller method that asks for {@link NewIds} the request's ids: derived, with an {@code
 * Idempotency-Key}, from the key and the time of its first use (a blocking lookup in the event
 * store's database, kept off the event loop).
 */
@Configuration(proxyBeanMethods = false)
class NewIdsResolver implements HandlerMethodArgumentResolver, WebFluxConfigurer {

  private final Dispatch dispatch;

  NewIdsResolver(@Lazy Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  static {
    // not a request parameter: the OpenAPI document leaves it out
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(NewIds.class);
  }

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return NewIds.class.equals(parameter.getParameterType());
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
    String key = exchange.getRequest().getHeaders().getFirst(IdempotencyFilter.HEADER);
    if (key == null || !HttpMethod.POST.equals(exchange.getRequest().getMethod())) {
      return Mono.just(NewIds.random());
    }
    return exchange
        .getPrincipal()
        .flatMap(
            principal ->
                principal instanceof Authentication a && a.getPrincipal() instanceof Caller c
                    ? dispatch
                        .query(c, new FindIdempotencyKeyFirstUseQuery(key), Instant.class)
                        .subscribeOn(Schedulers.boundedElastic())
                        .map(
                            firstUse ->
                                NewIds.derived(
                                    String.valueOf(c.tenantId()), c.userId(), key, firstUse))
                    : Mono.just(NewIds.random()))
        .<Object>map(ids -> ids)
        .defaultIfEmpty(NewIds.random());
  }
}
