package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The application's real {@code logback-spring.xml}, loaded into a logger context of its own: a
 * value that carries a line break and a fake entry comes out on one line, in the console and in the
 * file.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogbackSpringConfigurationTest {

  private static final String FORGED = "2026-01-01T00:00:00.000Z  INFO 1 --- [main] forged entry";
  private static final String ATTACK = "x\r\n" + FORGED;

  @TempDir Path logs;

  @Test
  void aForgedLineInAMessageOrAnExceptionStaysOnTheLineOfItsEntry(CapturedOutput console)
      throws Exception {
    Path file = logs.resolve("rapport.log");
    LoggerContext context = configured(file);
    Logger log = context.getLogger("io.rapport.gateway.http.ProblemAdvice");

    log.info("Denied 404 GET student {} to ada", ATTACK);
    log.error("Request failed", new IllegalArgumentException("Invalid UUID string: " + ATTACK));
    context.stop();

    for (String written : List.of(console.getOut(), Files.readString(file))) {
      assertThat(written)
          .contains("Denied 404 GET student x\\r\\n" + FORGED + " to ada")
          .contains("java.lang.IllegalArgumentException: Invalid UUID string: x\\r\\n" + FORGED)
          .contains("\tat " + getClass().getName());
      assertThat(written.lines()).noneMatch(line -> line.startsWith(FORGED));
    }
  }

  @Test
  void withoutALogFileOnlyTheConsoleIsWrittenTo() throws Exception {
    LoggerContext context = configured(null);

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders())
        .toIterable()
        .extracting(appender -> appender.getName())
        .containsExactly("CONSOLE");
    context.stop();
  }

  private LoggerContext configured(Path file) throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    if (file != null) {
      context.putProperty("LOG_FILE", file.toString());
    }
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
    List<Status> problems =
        context.getStatusManager().getCopyOfStatusList().stream()
            .filter(status -> status.getLevel() >= Status.WARN)
            .toList();
    assertThat(problems).as("warnings and errors while configuring").isEmpty();
    return context;
  }
}
