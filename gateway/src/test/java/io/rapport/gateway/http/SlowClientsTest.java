package io.rapport.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

class SlowClientsTest {

  private DisposableServer server;

  @BeforeEach
  void start() {
    server =
        SlowClients.guarded(
                HttpServer.create().port(0),
                new RequestDeadlineProperties(
                    Duration.ofSeconds(15),
                    Duration.ofMillis(500),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(1)))
            .handle(
                (request, response) ->
                    request.uri().startsWith("/long")
                        // an answer that lasts longer than a body may take: a live stream's
                        ? response.sendString(
                            Flux.interval(Duration.ofMillis(500)).take(8).map(tick -> "tick\n"))
                        : response.sendString(Mono.just("ok")))
            .bindNow();
  }

  @AfterEach
  void stop() {
    server.disposeNow();
  }

  @Test
  void aRequestLineTooLongIsAnsweredWithAProblem() throws Exception {
    String answer = exchange("GET /?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: h\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 414").contains("application/problem+json");
  }

  @Test
  void aWholeRequestIsServed() throws Exception {
    assertThat(exchange("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void aLongAnswerToAWholeRequestIsNotCutOff() throws Exception {
    assertThat(exchange("GET /long HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200")
        .containsSubsequence("tick", "tick", "tick", "tick", "tick", "tick", "tick", "tick");
  }

  @Test
  void headersThatDoNotArriveInTimeCloseTheConnection() throws Exception {
    try (Socket socket = new Socket("localhost", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: h\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long started = System.nanoTime();
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
  }

  /**
   * An answer given before the request's body arrived (a refusal) leaves the rest of the body to
   * come after it; those bytes are not the start of the next request, and no clock they started
   * cuts off the request that follows on the same connection.
   */
  @Test
  void theRestOfABodyAnsweredEarlyDoesNotCutOffTheNextRequest() throws Exception {
    try (Socket socket = new Socket("localhost", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] answer = new byte[4096];
      assertThat(
              new String(answer, 0, socket.getInputStream().read(answer), StandardCharsets.UTF_8))
          .startsWith("HTTP/1.1 200");

      out.write("0123456789".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // past the headers' deadline, the server has neither answered nor closed the connection
      socket.setSoTimeout(1_000);
      assertThatThrownBy(() -> socket.getInputStream().read())
          .isInstanceOf(SocketTimeoutException.class);
      socket.setSoTimeout(5_000);
      out.write(
          "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .startsWith("HTTP/1.1 200");
    }
  }

  private String exchange(String request) throws Exception {
    try (Socket socket = new Socket("localhost", server.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
