package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow clients (slowloris) do not hold connections: a client that trickles its headers, or its
 * body, is cut off within the configured time (2 s and 4 s in the tests), while it is still
 * sending.
 */
class SlowClientIT extends RapportIT {

  @LocalServerPort int port;

  @Test
  void aClientTricklingItsHeadersIsCutOff() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      Duration held =
          trickle(
              socket,
              "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n",
              "X-Slow: a\r\n",
              Duration.ofSeconds(20));
      assertThat(held).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void aClientTricklingItsBodyIsCutOff() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      Duration held =
          trickle(
              socket,
              "POST /api/v1/relationships HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Bearer "
                  + INFRA.token("ada.student")
                  + "\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100000\r\n\r\n{",
              " ",
              Duration.ofSeconds(20));
      assertThat(held).isLessThan(Duration.ofSeconds(12));
    }
  }

  @Test
  void aRequestThatCannotBeReadAsHttpIsAnsweredWithAProblem() throws Exception {
    for (String request :
        List.of(
            "GET /api/v1/me?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "y".repeat(20_000)
                + "\r\n\r\n")) {
      try (Socket socket = new Socket("localhost", port)) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer)
            .matches("(?s)HTTP/1.1 4(14|31) .*")
            .contains("application/problem+json", "\"type\":\"/problems/");
      }
    }
  }

  @Test
  void aClientThatSendsItsRequestAtOnceIsServed() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 200");
    }
  }

  /**
   * Sends the start, then a piece every half second until the server closes the connection or the
   * limit passes; answers how long the connection stayed open.
   */
  private static Duration trickle(Socket socket, String start, String piece, Duration limit)
      throws IOException {
    long began = System.nanoTime();
    socket.setSoTimeout(500);
    OutputStream out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    out.write(start.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    while (Duration.ofNanos(System.nanoTime() - began).compareTo(limit) < 0) {
      try {
        int read = in.read();
        if (read == -1) {
          return Duration.ofNanos(System.nanoTime() - began);
        }
        in.skip(in.available()); // an answer (e.g. 408) before the close is fine
      } catch (SocketTimeoutException stillOpen) {
        try {
          out.write(piece.getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (IOException closed) {
          return Duration.ofNanos(System.nanoTime() - began);
        }
      } catch (IOException reset) {
        return Duration.ofNanos(System.nanoTime() - began);
      }
    }
    return limit;
  }
}
