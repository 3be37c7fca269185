package io.rapport.gateway.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.rapport.command.api.Refusal;
import io.rapport.gateway.security.DeniedAccess;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

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
  ResponseEntity<ProblemDetail> refused(CommandExecutionException e, ServerWebExchange exchange) {
    Object details = e.getDetails().orElse(null);
    if (!(details instanceof Refusal refusal)) {
      return failed(e, exchange);
    }
    return switch (refusal.kind()) {
      case INVALID ->
          invalid(
              exchange,
              refusal.detail(),
              List.of(new FieldError(refusal.field(), refusal.detail())));
      case NOT_FOUND -> notFound(exchange);
      case CONFLICT ->
          respond(
              exchange,
              ProblemWriter.problem(HttpStatus.CONFLICT, refusal.type(), refusal.detail()));
    };
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ResponseEntity<ProblemDetail> missing(AggregateNotFoundException e, ServerWebExchange exchange) {
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
    log.error("Request {} failed", exchange.getRequest().getPath(), e);
    return respond(
        exchange,
        ProblemWriter.problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Something went wrong on our side."));
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
