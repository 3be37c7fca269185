package io.rapport.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P3's cost: the application's CPU time (user and system, all its threads, from the operating
 * system) over the timeline pages it answered, while a few clients page one request after another,
 * so that every page asked is answered within the measurement and none waits in a queue.
 */
final class PageCpu {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PageCpu() {}

  /** Milliseconds of the application's CPU per page answered. */
  static double millisPerPage(Settings settings, long pid, String token, String path)
      throws Exception {
    HttpRequest page =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .build();
    AtomicLong answered = new AtomicLong();
    ExecutorService clients = Executors.newFixedThreadPool(settings.pageCpuClients());
    List<Future<?>> running = new ArrayList<>();
    Duration cpuBefore = cpu(pid);
    long deadline = System.nanoTime() + settings.pageCpu().toNanos();
    for (int i = 0; i < settings.pageCpuClients(); i++) {
      running.add(
          clients.submit(
              () -> {
                while (System.nanoTime() < deadline) {
                  if (HTTP.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    answered.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    clients.shutdown();
    Duration used = cpu(pid).minus(cpuBefore);
    System.out.printf(
        "  %,d pages answered with %.1f s of the application's CPU%n",
        answered.get(), used.toMillis() / 1e3);
    if (answered.get() == 0) {
      throw new IllegalStateException("No timeline page was answered");
    }
    return used.toNanos() / 1e6 / answered.get();
  }

  private static Duration cpu(long pid) {
    return ProcessHandle.of(pid)
        .flatMap(process -> process.info().totalCpuDuration())
        .orElseThrow(() -> new IllegalStateException("No CPU time for process " + pid));
  }
}
