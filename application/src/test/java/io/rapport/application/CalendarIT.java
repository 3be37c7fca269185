package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed opens with the student's secret token alone, parses as iCalendar, follows
 * reschedules and cancellations, and answers 404 to a wrong or revoked token.
 */
class CalendarIT extends RapportIT {

  @Test
  void feedFollowsTheChatsAndClosesWhenTheTokenIsRevoked() throws Exception {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    Instant startsAt = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    String relationship = ada.startRelationship("Calendar Cleo");
    String moved = ada.scheduleChat(relationship, startsAt, 30);
    String cancelled = ada.scheduleChat(relationship, startsAt, 45);
    String token =
        (String) ada.created("/api/v1/students/{id}/calendar-token", Map.of(), ADA).get("token");

    // the chat and its contact's name come from two read models, each written by its own processor
    VEvent before =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () -> event(token, moved),
                e -> e != null && property(e, Property.SUMMARY).endsWith("Calendar Cleo"));
    assertThat(property(before, Property.DTSTART)).isEqualTo(ical(startsAt));
    assertThat(property(before, Property.LOCATION)).isEqualTo("Blue Bottle");
    assertThat(property(before, Property.SUMMARY))
        .isEqualTo("Informational interview with Calendar Cleo");
    assertThat(property(before, Property.DESCRIPTION)).contains("coffee shop");

    Instant later = startsAt.plus(1, ChronoUnit.DAYS);
    ada.post("/api/v1/chats/{id}/reschedule", Map.of("startsAt", later.toString()), moved)
        .expectStatus()
        .isNoContent();
    ada.post("/api/v1/chats/{id}/cancel", Map.of("reason", "Ill"), cancelled)
        .expectStatus()
        .isNoContent();
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              VEvent after = event(token, moved);
              assertThat(property(after, Property.DTSTART)).isEqualTo(ical(later));
              assertThat(Integer.parseInt(property(after, Property.SEQUENCE)))
                  .isGreaterThan(Integer.parseInt(property(before, Property.SEQUENCE)));
              assertThat(property(event(token, cancelled), Property.STATUS)).isEqualTo("CANCELLED");
            });

    feed("wrong-" + token).expectStatus().isNotFound();
    http.get()
        .uri("/api/v1/students/{id}/calendar.ics", ADA)
        .exchange()
        .expectStatus()
        .isNotFound();
    as("ada.student")
        .delete()
        .uri("/api/v1/students/{id}/calendar-token", ADA)
        .exchange()
        .expectStatus()
        .isNoContent();
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> feed(token).expectStatus().isNotFound());
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec feed(
      String token) {
    return http.get()
        .uri("/api/v1/students/{id}/calendar.ics?token={token}", ADA, token)
        .exchange();
  }

  /** The chat's event in the feed, or null while the feed does not answer or lacks it. */
  private VEvent event(String token, String chatId) throws Exception {
    var result = feed(token).expectBody(String.class).returnResult();
    if (result.getStatus().value() != 200) {
      return null;
    }
    Calendar calendar = new CalendarBuilder().build(new StringReader(result.getResponseBody()));
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> property(e, Property.UID).equals(chatId + "@rapport"))
        .findFirst()
        .orElse(null);
  }

  private static String property(VEvent event, String name) {
    return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
  }

  private static String ical(Instant instant) {
    return instant.toString().replace("-", "").replace(":", "");
  }
}
