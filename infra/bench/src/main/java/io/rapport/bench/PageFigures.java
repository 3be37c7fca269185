package io.rapport.bench;

/**
 * P3: pages of 50 of the busy student's timeline at a fixed rate (Gatling, open model) beside a raw
 * key lookup on the same read store at that rate, then the application's CPU per page.
 */
final class PageFigures {

  private PageFigures() {}

  static void measure(Settings settings, Report report, Tokens tokens, App app, String ada)
      throws Exception {
    String path = "/api/v1/students/" + ada + "/timeline?limit=50";
    SimulationSettings.set("token", tokens.accessToken("ada.student"));
    SimulationSettings.set("student", ada);
    SimulationSettings.set("rate", settings.pagesPerSecond());
    SimulationSettings.set("seconds", settings.paced().toSeconds());
    GatlingRun.Result pages = GatlingRun.run(TimelinePages.class, settings.out());
    report.chart("P3 timeline pages", pages.index());
    Drain.await(settings, tokens.accessToken("ada.student"), path);
    double lookup = MongoLookups.p99Millis(settings, settings.pagesPerSecond(), settings.paced());
    report.add(
        Figure.atMost(
                "P3",
                "timeline page of 50, p99 at " + settings.pagesPerSecond() + "/s",
                pages.all().p99(),
                "ms",
                20)
            .against("raw key lookup on the same read store, p99 ms", lookup));
    double cpu =
        PageCpu.millisPerPage(settings, app.pid(), tokens.accessToken("ada.student"), path);
    report.add(
        Figure.atMost(
            "P3",
            "application CPU per timeline page ("
                + settings.pageCpuClients()
                + " clients paging one after another)",
            cpu,
            "ms",
            2));
  }
}
