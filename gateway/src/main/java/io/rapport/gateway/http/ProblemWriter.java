package io.rapport.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes RFC 9457 problem details, outside controllers (e.g. from the security filters). */
@Component
public class ProblemWriter {

  private final ObjectMapper json;

  ProblemWriter(ObjectMapper json) {
    this.json = json;
  }

  /** A problem with a stable {@code type} under {@code /problems/}. */
  public static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + type));
    return problem;
  }

  /** Writes the problem as the response. */
  public Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, String type, String detail) {
    ProblemDetail problem = problem(status, type, detail);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    try {
      DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
      return response.writeWith(Mono.just(body));
    } catch (JsonProcessingException e) {
      return Mono.error(e);
    }
  }
}
