package io.rapport.infra.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the real application and breaks it: {@code kill -9} of the application at random moments
 * under a write mix, then outages of each part it runs on (PostgreSQL killed and stalled, Keycloak
 * killed, the read store taken away), checking the invariants after each from outside.
 */
public final class FaultHarness {

  private static final Logger log = LoggerFactory.getLogger(FaultHarness.class);
  private static final Duration FIRST_START = Duration.ofMinutes(6);
  private static final Duration RESTART = Duration.ofMinutes(3);
  private static final Duration RECOVERY = Duration.ofMinutes(2);
  private static final int DISK_MEGABYTES = 1536;
  private static final List<String> STUDENTS = List.of("ada.student", "ben.student", "eve.student");

  /**
   * What to run.
   *
   * @param jar the application's jar
   * @param work a folder of the harness's own (data, logs, report)
   * @param cycles kills of the application
   * @param outage how long each part is kept away
   * @param diskFull whether to fill the data folder's disk too (a tmpfs mounted for it: needs root)
   */
  public record Settings(Path jar, Path work, int cycles, Duration outage, boolean diskFull) {}

  /** What came of a run. */
  public record Outcome(int violations, String report) {}

  private final Settings settings;
  private final Report report = new Report();
  private final Violations violations = new Violations();
  private final Random random = new Random();
  private RapportProcess app;
  private Http http;
  private Tokens tokens;
  private Invariants invariants;
  private WriteMix mix;
  private SmallDisk disk;

  public FaultHarness(Settings settings) {
    this.settings = settings;
  }

  public Outcome run() throws Exception {
    Path work = settings.work().toAbsolutePath();
    deleteRecursively(work); // a fresh data folder, as on a new machine
    Files.createDirectories(work);
    if (settings.diskFull()) {
      disk = SmallDisk.mount(work.resolve("data"), DISK_MEGABYTES);
    }
    app =
        new RapportProcess(
            settings.jar(), work.resolve("data"), work.resolve("logs"), Ports.free());
    report.figure("first start, ready", Report.seconds(app.start(FIRST_START)));
    http = new Http(app.baseUrl());
    tokens = new Tokens(app.issuer());
    invariants =
        new Invariants(
            http,
            tokens,
            new EventStore(app.ports().postgres()),
            new ReadStore(app.ports().mongo()),
            violations,
            work.resolve("diffs"));
    mix = new WriteMix(http, tokens, STUDENTS, violations);
    try {
      mix.start();
      breakIt();
    } catch (Exception | AssertionError e) {
      log.error("The harness stopped early", e);
      violations.record("the harness runs to its end", e.toString());
    } finally {
      mix.stop();
      app.stop();
      if (disk != null) {
        disk.close();
      }
    }
    report.figure("commands acknowledged", Integer.toString(mix.acknowledged().size()));
    String rendered =
        report.render(
            invariants.checked(),
            violations,
            mix.statuses(),
            LoggedFailures.in(work.resolve("logs")));
    Files.writeString(work.resolve("report.md"), rendered);
    return new Outcome(violations.total(), rendered);
  }

  private void breakIt() throws Exception {
    for (int cycle = 1; cycle <= settings.cycles(); cycle++) {
      killCycle(cycle);
    }
    postgresKilled();
    postgresStalled();
    keycloakKilled();
    readStoreAway();
    if (disk != null) {
      diskFull();
    }
    mix.stop();
    checkAll("at the end");
    app.stop();
    report.injected("clean stop (SIGTERM)");
    leftoversAfter("a clean stop leaves nothing running");
  }

  private void killCycle(int cycle) throws Exception {
    RapportProcess.sleep(2000 + random.nextInt(4000));
    log.info("Cycle {}: kill -9 of the application (pid {})", cycle, app.pid());
    app.kill9();
    report.injected("kill -9 of the application under the write mix");
    leftoversAfter("nothing outlives the application");
    try {
      Duration ready = app.start(RESTART);
      report.figure("ready again after kill -9, cycle " + cycle, Report.seconds(ready));
    } catch (IllegalStateException notReady) {
      violations.record("ready again after kill -9 with no manual step", notReady.getMessage());
      throw notReady;
    }
    checkAll("after cycle " + cycle);
  }

  private void postgresKilled() throws Exception {
    long postmaster = app.postmasterPid().orElseThrow();
    log.info("kill -9 of PostgreSQL (pid {})", postmaster);
    Signals.send("KILL", postmaster, false);
    report.injected("kill -9 of PostgreSQL while the application runs");
    recovered("PostgreSQL killed", probe(Duration.ofSeconds(5)));
    checkAll("after PostgreSQL was killed");
  }

  private void postgresStalled() throws Exception {
    long postmaster = app.postmasterPid().orElseThrow();
    log.info("PostgreSQL stopped (SIGSTOP) for {}", settings.outage());
    Signals.sendTree("STOP", postmaster);
    report.injected("PostgreSQL stalled (SIGSTOP) for " + Report.seconds(settings.outage()));
    OutageProbe probe;
    try {
      probe = probe(settings.outage());
    } finally {
      Signals.sendTree("CONT", postmaster);
    }
    if (!probe.partsSeenDown().contains("db DOWN")) {
      violations.record(
          "readiness reports the part that is down", "db never DOWN: " + probe.partsSeenDown());
    }
    recovered("PostgreSQL stalled", probe);
    checkAll("after PostgreSQL stalled");
  }

  private void keycloakKilled() throws Exception {
    long keycloak = app.keycloakPid().orElseThrow();
    log.info("kill -9 of Keycloak (group {})", keycloak);
    Signals.send("KILL", keycloak, true);
    report.injected("kill -9 of Keycloak while the application runs");
    OutageProbe probe = probe(Duration.ofSeconds(5));
    if (probe.queries().keySet().stream().anyMatch(status -> !status.equals("200"))) {
      violations.record(
          "requests with valid tokens are served while Keycloak is away",
          "queries: " + probe.queries());
    }
    long started = System.nanoTime();
    while (!keycloakIssues()) {
      if (System.nanoTime() - started > RECOVERY.toNanos()) {
        violations.record(
            "a part recovers without a restart", "Keycloak issued no token within " + RECOVERY);
        return;
      }
      RapportProcess.sleep(1000);
    }
    report.figure(
        "Keycloak killed: issuing tokens again after",
        Report.seconds(Duration.ofNanos(System.nanoTime() - started)));
  }

  private void readStoreAway() throws Exception {
    log.info("Read store suspended for {}", settings.outage());
    Signals.readStore(app.pid(), "suspend");
    report.injected("read store away (suspended) for " + Report.seconds(settings.outage()));
    OutageProbe probe;
    try {
      probe = probe(settings.outage());
    } finally {
      Signals.readStore(app.pid(), "resume");
    }
    if (!probe.queries().containsKey("503")) {
      violations.record(
          "an outage is answered 503 with Retry-After, never 500",
          "no query answered 503: " + probe.queries());
    }
    if (!probe.partsSeenDown().contains("readStore DOWN")) {
      violations.record(
          "readiness reports the part that is down",
          "readStore never DOWN: " + probe.partsSeenDown());
    }
    recovered("read store away", probe);
    checkAll("after the read store was away");
  }

  private void diskFull() throws Exception {
    log.info("The data folder's disk full for {}", settings.outage());
    disk.fill();
    report.injected("the data folder's disk full for " + Report.seconds(settings.outage()));
    OutageProbe probe;
    try {
      probe = probe(settings.outage());
    } finally {
      disk.empty();
    }
    if (probe.commands().containsKey("201") && probe.commands().size() == 1) {
      violations.record(
          "a full disk refuses writes with 507 or 503", "commands: " + probe.commands());
    }
    recovered("disk full", probe);
    checkAll("after the disk was full");
  }

  private OutageProbe probe(Duration duration) {
    OutageProbe probe = new OutageProbe(http, tokens, app, violations);
    probe.probe(duration);
    return probe;
  }

  private void recovered(String fault, OutageProbe probe) {
    Duration back = probe.untilCommandsSucceed(RECOVERY);
    if (back == null) {
      violations.record(
          "a part recovers without a restart", fault + ": no command succeeded within " + RECOVERY);
    } else {
      report.figure(fault + ": commands succeed again after", Report.seconds(back));
    }
    report.figure(fault + ": commands during", probe.commands().toString());
    report.figure(fault + ": queries during", probe.queries().toString());
    report.figure(fault + ": readiness showed", probe.partsSeenDown().toString());
  }

  private static void deleteRecursively(Path folder) throws java.io.IOException {
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private boolean keycloakIssues() {
    try {
      Http.token(app.issuer(), "ben.student");
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void leftoversAfter(String invariant) {
    List<String> left = app.leftovers(Duration.ofSeconds(15));
    if (!left.isEmpty()) {
      violations.record(invariant, String.join("; ", left));
    }
  }

  private void checkAll(String when) throws SQLException {
    log.info("Checking the invariants {}", when);
    mix.pause();
    try {
      invariants.acknowledgedEventsStored(mix.acknowledged());
      invariants.erasureIffKeyDeleted(mix.stories());
      invariants.replayedKeysAnswerFirst(mix.acknowledged(), 10);
      invariants.timelineMoves();
      invariants.auditChainsWhole();
      invariants.nudgesOnce();
      invariants.readModelsEqualRebuild();
    } finally {
      mix.resume();
    }
    log.info("Violations so far: {}", violations.total());
  }
}
