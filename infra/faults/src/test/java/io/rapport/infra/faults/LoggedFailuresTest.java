package io.rapport.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggedFailuresTest {

  @Test
  void aFailedRequestIsTakenWithItsStackAndNothingElse(@TempDir Path logs) throws Exception {
    Files.write(
        logs.resolve("rapport-1.log"),
        List.of(
            "2026-12-02T17:00:00.000Z  INFO 1 --- [main] Started",
            "2026-12-02T17:00:01.000Z ERROR 1 --- [http-1] i.r.g.web.ProblemAdvice :"
                + " Request /api/v1/relationships failed",
            "java.lang.IllegalStateException: boom",
            "\tat io.rapport.Somewhere.run(Somewhere.java:1)",
            "\tat io.rapport.Frame.two(Frame.java:2)",
            "\tat io.rapport.Frame.three(Frame.java:3)",
            "\tat io.rapport.Frame.four(Frame.java:4)",
            "\tat io.rapport.Frame.five(Frame.java:5)",
            "Caused by: java.io.IOException: underneath",
            "\t... 3 more",
            "2026-12-02T17:00:02.000Z  WARN 1 --- [http-2] answered 503"));

    List<String> failures = LoggedFailures.in(logs);

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0))
        .startsWith("rapport-1.log:")
        .contains("Request /api/v1/relationships failed")
        .contains("Caused by: java.io.IOException: underneath")
        .doesNotContain("Frame.five")
        .doesNotContain("answered 503")
        .doesNotContain("Started");
  }

  @Test
  void logsWithoutFailuresGiveNothing(@TempDir Path logs) throws Exception {
    Files.write(logs.resolve("rapport-1.log"), List.of("2026-12-02 ERROR something else"));

    assertThat(LoggedFailures.in(logs)).isEmpty();
    assertThat(LoggedFailures.in(logs.resolve("absent"))).isEmpty();
  }
}
