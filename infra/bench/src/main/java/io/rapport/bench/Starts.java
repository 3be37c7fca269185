package io.rapport.bench;

import java.nio.file.Path;

/**
 * P6's starts, first thing in a run, each on an empty data directory where the figure says so: the
 * first start ever (Keycloak's distribution unpacked and built, in a cache folder of its own), a
 * cold start (Keycloak built, empty data directory) and a warm one (the same data again). Without
 * P6 among the figures, one start prepares the data directory (schema, realm) unmeasured.
 */
final class Starts {

  /** The demo students the run acts as, by their user ids. */
  record Students(String ada, String ben) {}

  private Starts() {}

  static Students run(Settings settings, Report report, Tokens tokens) throws Exception {
    boolean measured = settings.measures("P6");
    if (measured) {
      Bench.phase(report, "P6", "ready the first time ever", () -> firstEver(settings, report));
    }
    Bench.step(measured ? "P6 start from cold (empty data directory), then warm" : "First start");
    Students students;
    try (App cold = App.start(settings)) {
      if (measured) {
        report.add(
            Figure.atMost(
                "P6",
                "ready cold (Keycloak built, empty data directory)",
                cold.readySeconds(),
                "s",
                40));
      }
      students =
          new Students(
              Tokens.subject(tokens.accessToken("ada.student")),
              Tokens.subject(tokens.accessToken("ben.student")));
    }
    if (measured) {
      try (App warm = App.start(settings)) {
        report.add(Figure.atMost("P6", "ready warm", warm.readySeconds(), "s", 20));
      }
    }
    return students;
  }

  /** Keycloak's distribution unpacked and built anew in a cache folder no start has used. */
  private static void firstEver(Settings settings, Report report) throws Exception {
    Path cache = settings.out().resolve("first-ever-cache").toAbsolutePath();
    Folders.delete(cache);
    try (App first =
        App.start(
            settings, App.Launch.asRunDoes().withEnvironment("XDG_CACHE_HOME", cache.toString()))) {
      report.add(
          Figure.atMost(
              "P6",
              "ready the first time ever (Keycloak unpacked and built, empty data directory)",
              first.readySeconds(),
              "s",
              60));
    } finally {
      Folders.delete(cache);
      Folders.delete(settings.dataDir());
    }
  }
}
