package io.rapport.gateway.http;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.stereotype.Component;

/**
 * Requests the security firewall refuses before anything else (an encoded slash, percent or NUL in
 * the path, a malformed header) are answered like every other bad input: 400 with a problem body.
 */
@Component
class RejectedRequests implements BeanPostProcessor {

  private final ObjectProvider<ProblemWriter> problems;

  RejectedRequests(ObjectProvider<ProblemWriter> problems) {
    this.problems = problems;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof WebFilterChainProxy chain) {
      chain.setExchangeRejectedHandler(
          (exchange, rejected) ->
              problems
                  .getObject()
                  .write(
                      exchange,
                      HttpStatus.BAD_REQUEST,
                      "invalid-input",
                      "The request's path or headers hold characters Rapport does not take."));
    }
    return bean;
  }
}
