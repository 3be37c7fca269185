package io.rapport.infra.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Child processes bound to the application's life, and what a killed run leaves behind. */
class ProcessGuardTest {

  @TempDir Path directory;

  private Process group;

  @AfterEach
  void killLeftovers() {
    if (group != null) {
      group.descendants().forEach(ProcessHandle::destroyForcibly);
      group.destroyForcibly();
    }
  }

  /** A process group of its own: a shell and a child of it. */
  private Process startGroup(String marker) throws IOException {
    return new ProcessBuilder(
            "/usr/bin/setsid", "bash", "-c", "sleep 300 & wait", "rapport-test-" + marker)
        .start();
  }

  @Test
  void theWatchStopsTheWholeGroupWhenItsPipeCloses() throws Exception {
    group = startGroup("watched");
    await().until(() -> group.descendants().findAny().isPresent());
    ProcessHandle child = group.descendants().findFirst().orElseThrow();

    ParentWatch watch =
        ParentWatch.stopGroupOnExit(
            "test", "-" + group.pid(), "TERM", group.pid(), Duration.ofSeconds(5));
    assertThat(group.isAlive()).isTrue();
    watch.close(); // what the kernel does when this JVM dies

    await().atMost(Duration.ofSeconds(10)).until(() -> !group.isAlive() && !child.isAlive());
    assertThat(watch.watcher().onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
  }

  @Test
  void theWatchKillsWhatDoesNotStopWhenAsked() throws Exception {
    group =
        new ProcessBuilder(
                "/usr/bin/setsid", "bash", "-c", "trap '' TERM; while true; do sleep 0.2; done")
            .start();
    ParentWatch watch =
        ParentWatch.stopGroupOnExit(
            "test", "-" + group.pid(), "TERM", group.pid(), Duration.ofMillis(500));
    watch.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> !group.isAlive());
  }

  @Test
  void aRecordedLeftoverWithTheExpectedCommandIsStopped() throws Exception {
    group = startGroup("leftover");
    await().until(() -> group.descendants().findAny().isPresent()); // running, not starting
    Path pidFile = directory.resolve("server.pid");
    Leftovers.record(pidFile, group.pid());

    assertThat(Leftovers.stopRecorded(pidFile, "some-other-server", Duration.ofSeconds(2)))
        .as("a process that is not the server is left alone")
        .isFalse();
    assertThat(group.isAlive()).isTrue();

    assertThat(Leftovers.stopRecorded(pidFile, "rapport-test-leftover", Duration.ofSeconds(2)))
        .isTrue();
    assertThat(group.isAlive()).isFalse();
    assertThat(Leftovers.stopRecorded(pidFile, "rapport-test-leftover", Duration.ofSeconds(2)))
        .as("nothing to stop once it is gone")
        .isFalse();
  }

  @Test
  void oneApplicationAtATimeOnADataFolder() {
    try (DataDirectoryLock first = DataDirectoryLock.acquire(directory)) {
      assertThatThrownBy(() -> DataDirectoryLock.acquire(directory))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Another Rapport (pid " + ProcessHandle.current().pid() + ")");
    }
    DataDirectoryLock.acquire(directory).close();
  }
}
