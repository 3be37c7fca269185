package io.rapport.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** The ports of one application and its embedded parts, the same across its restarts. */
record Ports(int http, int keycloakHttp, int keycloakManagement, int postgres, int mongo) {

  static Ports free() {
    return new Ports(free1(), free1(), free1(), free1(), free1());
  }

  /** Whether something accepts connections on the port. */
  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int free1() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
