package io.rapport.gateway.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.rapport.command.api.Refusal;
import io.rapport.gateway.security.Caller;
import io.rapport.gateway.security.DeniedAccess;
import io.rapport.query.api.InvalidQuery;
import io.rapport.query.api.NotVisible;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Turns every failure into problem details with a stable type, and never into a stack trace: input
 * errors list each field at fault, refusals of the domain name their rule.
 */
@RestControllerAdvice
class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final DeniedAccess denied;

  ProblemAdvice(DeniedAccess denied) {
    this.denied = denied;
  }

  /** A field at fault and what is wrong with it. */
  record FieldError(String field, String message) {}

  @ExceptionHandler(WebExchangeBindException.class)
  ResponseEntity<ProblemDetail> invalidFields(
      WebExchangeBindException e, ServerWebExchange exchange) {
    List<FieldError> errors =
        e.getFieldErrors().stream()
            .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
            .sorted(java.util.Comparator.comparing(FieldError::field))
            .toList();
    return invalid(exchange, "The request has invalid fields.", errors);
  }

  @ExceptionHandler(ServerWebInputException.class)
  ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String message =
          cause instanceof InvalidFormatException format && format.getTargetType().isEnum()
              ? "must be one of " + List.of(format.getTargetType().getEnumConstants())
              : "has a value of the wrong type or format";
      return invalid(
          exchange, "The request has invalid fields.", List.of(new FieldError(field, message)));
    }
    String detail =
        e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null
            ? "Invalid value for " + e.getMethodParameter().getParameterName() + "."
            : "The request body is missing or is not valid JSON.";
    return respond(
        exchange, ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-input", detail));
  }

  @ExceptionHandler(InvalidQueryException.class)
  ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException e, ServerWebExchange exchange) {
    return invalid(
        exchange,
        "The request has invalid parameters.",
        List.of(new FieldError(e.field(), e.getMessage())));
  }

  @ExceptionHandler(CommandExecutionException.class)
  Mono<ResponseEntity<ProblemDetail>> refused(
      CommandExecutionException e, ServerWebExchange exchange) {
    Object details = e.getDetails().orElse(null);
    if (!(details instanceof Refusal refusal)) {
      return Mono.just(failed(e, exchange));
    }
    return switch (refusal.kind()) {
      case INVALID ->
          Mono.just(
              invalid(
                  exchange,
                  refusal.detail(),
                  List.of(new FieldError(refusal.field(), refusal.detail()))));
      case NOT_FOUND ->
          Refusal.NOT_VISIBLE.equals(refusal.type())
              ? deniedNotFound(exchange, exchange.getRequest().getPath().value())
              : Mono.just(notFound(exchange));
      case CONFLICT ->
          Mono.just(
              respond(
                  exchange,
                  ProblemWriter.problem(HttpStatus.CONFLICT, refusal.type(), refusal.detail())));
      case UNPROCESSABLE ->
          Mono.just(
              respond(
                  exchange,
                  ProblemWriter.problem(
                      HttpStatus.UNPROCESSABLE_ENTITY, refusal.type(), refusal.detail())));
    };
  }

  /** A query refused as malformed (400), or one for someone else's resource (404, recorded). */
  @ExceptionHandler(QueryExecutionException.class)
  Mono<ResponseEntity<ProblemDetail>> queryFailed(
      QueryExecutionException e, ServerWebExchange exchange) {
    Object details = e.getDetails().orElse(null);
    if (details instanceof NotVisible hidden) {
      return deniedNotFound(exchange, hidden.resource() + " " + hidden.id());
    }
    if (details instanceof InvalidQuery invalid) {
      return Mono.just(
          invalid(
              exchange,
              "The request has invalid parameters.",
              List.of(new FieldError(invalid.field(), invalid.message()))));
    }
    return Mono.just(failed(e, exchange));
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ResponseEntity<ProblemDetail> missing(AggregateNotFoundException e, ServerWebExchange exchange) {
    return notFound(exchange);
  }

  /** An id of another kind of thing (a relationship's id given as a chat's) names no such thing. */
  @ExceptionHandler(IncompatibleAggregateException.class)
  ResponseEntity<ProblemDetail> otherKind(
      IncompatibleAggregateException e, ServerWebExchange exchange) {
    return notFound(exchange);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> missing(NotFoundException e, ServerWebExchange exchange) {
    return notFound(exchange);
  }

  @ExceptionHandler(ConcurrencyException.class)
  ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e, ServerWebExchange exchange) {
    return respond(
        exchange,
        ProblemWriter.problem(
            HttpStatus.CONFLICT,
            "concurrent-modification",
            "Someone changed this at the same moment; try again."));
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, ServerWebExchange exchange) {
    ProblemDetail problem =
        ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS, e.type(), e.getMessage());
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e, ServerWebExchange exchange) {
    HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
    return respond(
        exchange,
        ProblemWriter.problem(
            status,
            status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            e.getReason() != null ? e.getReason() : status.getReasonPhrase()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> failed(Exception e, ServerWebExchange exchange) {
    Optional<Outage> outage = Outage.of(e);
    if (outage.isPresent()) {
      return unavailable(exchange, outage.get(), e);
    }
    log.error("Request {} failed", exchange.getRequest().getPath(), e);
    return respond(
        exchange,
        ProblemWriter.problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Something went wrong on our side."));
  }

  /**
   * 404 for an existing resource of someone else, exactly like a missing one, and the attempt
   * recorded; a failure to record never changes the answer.
   */
  private Mono<ResponseEntity<ProblemDetail>> deniedNotFound(
      ServerWebExchange exchange, String resource) {
    return exchange
        .getPrincipal()
        .flatMap(
            principal ->
                principal instanceof Authentication a && a.getPrincipal() instanceof Caller c
                    ? Mono.just(Optional.of(c))
                    : Mono.<Optional<Caller>>empty())
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            caller -> denied.record(exchange, HttpStatus.NOT_FOUND, caller.orElse(null), resource))
        .onErrorResume(
            failure -> {
              log.warn("Could not record a denied attempt: {}", failure.toString());
              return Mono.empty();
            })
        .then(Mono.fromSupplier(() -> notFound(exchange)));
  }

  /** 503 (or 507) with Retry-After: the part is back soon, and the same request will do. */
  private static ResponseEntity<ProblemDetail> unavailable(
      ServerWebExchange exchange, Outage outage, Exception e) {
    log.warn(
        "Request {} answered {}: the {} is unavailable ({})",
        exchange.getRequest().getPath(),
        outage.status().value(),
        outage.part(),
        e.toString());
    ProblemDetail problem = ProblemWriter.problem(outage.status(), outage.type(), outage.detail());
    problem.setProperty("part", outage.part());
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return ResponseEntity.status(outage.status())
        .header("Retry-After", Integer.toString(outage.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private ResponseEntity<ProblemDetail> notFound(ServerWebExchange exchange) {
    return respond(
        exchange, ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", "No such resource."));
  }

  private ResponseEntity<ProblemDetail> invalid(
      ServerWebExchange exchange, String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
    problem.setProperty(
        "errors",
        errors.stream()
            .map(f -> Map.of("field", String.valueOf(f.field()), "message", f.message()))
            .toList());
    return respond(exchange, problem);
  }

  private static ResponseEntity<ProblemDetail> respond(
      ServerWebExchange exchange, ProblemDetail problem) {
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
