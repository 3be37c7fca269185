package io.rapport.gateway.http;

import io.rapport.gateway.messaging.CommandContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Honours {@code Idempotency-Key} on every POST: reads the body once, hashes method, path and body,
 * and hands key and hash to the request's command, which the write side answers idempotently. Runs
 * after authentication, and after the filters that send commands of their own.
 */
@Component
@Order(10)
class IdempotencyFilter implements WebFilter {

  /** The request header. */
  static final String HEADER = "Idempotency-Key";

  private static final Pattern SENSIBLE = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final int MAX_BODY = 1 << 20;

  private final ProblemWriter problems;

  IdempotencyFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String key = exchange.getRequest().getHeaders().getFirst(HEADER);
    if (key == null || !HttpMethod.POST.equals(exchange.getRequest().getMethod())) {
      return chain.filter(exchange);
    }
    if (!SENSIBLE.matcher(key).matches()) {
      return problems.write(
          exchange,
          HttpStatus.BAD_REQUEST,
          "invalid-input",
          "Idempotency-Key must be 1 to 255 visible ASCII characters.");
    }
    return DataBufferUtils.join(exchange.getRequest().getBody(), MAX_BODY)
        .map(IdempotencyFilter::bytes)
        .defaultIfEmpty(new byte[0])
        .flatMap(
            body ->
                chain
                    .filter(withBody(exchange, body))
                    .contextWrite(
                        context ->
                            CommandContext.withIdempotencyKey(context, key, hash(exchange, body))))
        .onErrorResume(
            DataBufferLimitException.class,
            tooLarge ->
                problems.write(
                    exchange,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "payload-too-large",
                    "The request body is too large."));
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static ServerWebExchange withBody(ServerWebExchange exchange, byte[] body) {
    var request =
        new ServerHttpRequestDecorator(exchange.getRequest()) {
          @Override
          public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
          }
        };
    return exchange.mutate().request(request).build();
  }

  /** SHA-256 of method, path (with its query) and body. */
  static String hash(ServerWebExchange exchange, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      var request = exchange.getRequest();
      digest.update(request.getMethod().name().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      digest.update(request.getURI().getRawPath().getBytes(StandardCharsets.UTF_8));
      String query = request.getURI().getRawQuery();
      if (query != null) {
        digest.update((byte) '?');
        digest.update(query.getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) '\n');
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
