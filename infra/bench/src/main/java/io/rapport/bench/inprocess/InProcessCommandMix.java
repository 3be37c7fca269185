package io.rapport.bench.inprocess;

import io.rapport.command.api.Stamp;
import io.rapport.command.api.chat.ChatKind;
import io.rapport.command.api.chat.LogMeetingCommand;
import io.rapport.command.api.chat.Point;
import io.rapport.command.api.chat.PrepareQuestionCommand;
import io.rapport.command.api.chat.ScheduleChatCommand;
import io.rapport.command.api.chat.SendThankYouCommand;
import io.rapport.command.api.chat.Setting;
import io.rapport.command.api.chat.ThankYouChannel;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.LogTouchpointCommand;
import io.rapport.command.api.relationship.StartRelationshipCommand;
import io.rapport.command.api.relationship.TouchpointKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * P1's in-process baseline, loaded into the application only by the benchmark (on the launcher's
 * {@code loader.path}): the same six-command mix as the HTTP load, sent from 64 threads straight
 * into Axon's command gateway, stamped as the gateway stamps them, no HTTP and no token. Writes the
 * commands per second to the file named by {@code rapport.bench.in-process-result} before the
 * application reports ready; the benchmark stops it once its read models have caught up.
 */
@AutoConfiguration
@ConditionalOnProperty("rapport.bench.in-process-seconds")
public class InProcessCommandMix {

  @Bean
  ApplicationRunner inProcessCommandMix(CommandGateway commands, Environment environment) {
    return arguments -> {
      Duration duration =
          Duration.ofSeconds(
              environment.getProperty("rapport.bench.in-process-seconds", Long.class));
      int threads = environment.getProperty("rapport.bench.in-process-clients", Integer.class, 64);
      String tenant = environment.getProperty("rapport.bench.in-process-tenant");
      String student = environment.getProperty("rapport.bench.in-process-student");
      Path result = Path.of(environment.getProperty("rapport.bench.in-process-result"));
      MetaData stamp =
          MetaData.from(
              Map.of(
                  Stamp.TENANT_ID.key(),
                  tenant,
                  Stamp.USER_ID.key(),
                  student,
                  Stamp.ROLES.key(),
                  List.of("student"),
                  Stamp.CORRELATION_ID.key(),
                  "bench-in-process"));
      AtomicLong sent = new AtomicLong();
      long deadline = System.nanoTime() + duration.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> clients = new ArrayList<>();
      long started = System.nanoTime();
      for (int i = 0; i < threads; i++) {
        clients.add(
            pool.submit(
                () -> {
                  // each client is a student of its own, as each HTTP client is
                  String client = UUID.randomUUID().toString();
                  MetaData clientStamp = stamp.and(Stamp.USER_ID.key(), client);
                  while (System.nanoTime() < deadline) {
                    round(commands, clientStamp, client, sent);
                  }
                  return null;
                }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
      double perSecond = sent.get() / ((System.nanoTime() - started) / 1e9);
      pool.shutdown();
      Files.writeString(result, Double.toString(perSecond));
    };
  }

  private static void round(
      CommandGateway commands, MetaData stamp, String student, AtomicLong sent) {
    String relationship = UUID.randomUUID().toString();
    String chat = UUID.randomUUID().toString();
    Instant held = Instant.now().minus(Duration.ofHours(2));
    List<Point> points =
        List.of(
            new Point(UUID.randomUUID().toString(), "Stakeholder maps"),
            new Point(UUID.randomUUID().toString(), "How the team hires"),
            new Point(UUID.randomUUID().toString(), "Reading list"));
    send(
        commands,
        stamp,
        sent,
        new StartRelationshipCommand(
            relationship,
            student,
            new Contact("Maya Chen", "Acme", "Data Scientist", "maya@acme.example", null),
            "Alumni evening"));
    send(
        commands,
        stamp,
        sent,
        new ScheduleChatCommand(
            chat,
            relationship,
            student,
            ChatKind.INFORMATIONAL_INTERVIEW,
            Instant.now().plus(Duration.ofDays(30)),
            30,
            Setting.COFFEE_SHOP,
            "Blue Bottle",
            "Learn how data teams work"));
    send(
        commands,
        stamp,
        sent,
        new PrepareQuestionCommand(
            chat, UUID.randomUUID().toString(), "What do you enjoy most about your role?"));
    send(
        commands,
        stamp,
        sent,
        new LogMeetingCommand(chat, held, 40, points, "Stakeholders matter", List.of(), true));
    send(
        commands,
        stamp,
        sent,
        new SendThankYouCommand(
            chat,
            held.plus(Duration.ofHours(1)),
            ThankYouChannel.EMAIL,
            "Thank you for the advice on stakeholder maps.",
            List.of(points.get(0).pointId(), points.get(1).pointId())));
    send(
        commands,
        stamp,
        sent,
        new LogTouchpointCommand(
            relationship,
            UUID.randomUUID().toString(),
            TouchpointKind.ARTICLE_SHARED,
            "Sent the paper",
            held.plus(Duration.ofHours(1))));
  }

  private static void send(
      CommandGateway commands, MetaData stamp, AtomicLong sent, Object command) {
    commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(stamp));
    sent.incrementAndGet();
  }
}
