package io.rapport.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** The faults themselves: signals to the parts' processes, and the read store's JMX operations. */
final class Signals {

  private Signals() {}

  /** {@code kill -s signal} to a process, or to its whole process group. */
  static void send(String signal, long pid, boolean wholeGroup) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-s", signal, "--", (wholeGroup ? "-" : "") + pid)
              .redirectErrorStream(true)
              .start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException(
            "kill -s "
                + signal
                + " "
                + pid
                + " failed: "
                + new String(kill.getInputStream().readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code kill -s signal} to a process and each of its children (PostgreSQL's children lead
   * process groups of their own, so a signal to the postmaster's group reaches the postmaster
   * only).
   */
  static void sendTree(String signal, long pid) {
    send(signal, pid, false);
    ProcessHandle.of(pid)
        .ifPresent(
            parent ->
                parent
                    .children()
                    .forEach(
                        child -> {
                          try {
                            send(signal, child.pid(), false);
                          } catch (IllegalStateException endedMeanwhile) {
                            // a backend that ended between the listing and the signal
                          }
                        }));
  }

  /** Calls an operation of the application's read store over JMX, attached by process id. */
  static void readStore(long pid, String operation) {
    try {
      var vm = com.sun.tools.attach.VirtualMachine.attach(Long.toString(pid));
      try {
        String address = vm.startLocalManagementAgent();
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
          MBeanServerConnection mbeans = connector.getMBeanServerConnection();
          mbeans.invoke(new ObjectName("io.rapport:type=ReadStore"), operation, null, null);
        }
      } finally {
        vm.detach();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot " + operation + " the read store of pid " + pid, e);
    }
  }
}
