package io.rapport.application;

import static io.rapport.application.DemoUsers.ADA;
import static io.rapport.application.DemoUsers.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;

/** A student's export holds every event of the student, decrypted, and nothing of anyone else. */
class ExportIT extends RapportIT {

  @Autowired private DataSource dataSource;

  @Test
  void exportHoldsEveryEventOfTheStudentAndNothingOfAnother() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    StudentJourney ben = new StudentJourney(as("ben.student"));
    Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    String relationship = ada.startRelationship("Export Erin");
    ada.scheduleChat(relationship, soon, 30);
    ben.scheduleChat(ben.startRelationship("Not Ada's Nick"), soon, 30);
    // her notification settings are hers too (her inbox's events); Ben's are not
    for (StudentJourney student : List.of(ada, ben)) {
      student.put(
          "/api/v1/me/notification-settings",
          Map.of(
              "email",
              true,
              "inApp",
              true,
              "rules",
              Map.of("TOUCHPOINT_DUE", false),
              "timeZone",
              "Europe/Oslo",
              "quietHours",
              Map.of("from", "22:00", "to", "07:00")));
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(idsOf(export("ada.student"))).containsAll(eventIdsNaming(ADA)));
    List<Map<String, Object>> exported = export("ada.student");

    assertThat(idsOf(exported)).isEqualTo(eventIdsNaming(ADA));
    assertThat(exported.toString()).contains("Export Erin").doesNotContain(BEN, "Not Ada's Nick");
    assertThat(exported)
        .anyMatch(event -> "NotificationSettingsChangedEvent".equals(event.get("type")));
    assertThat(idsOf(export("dan.admin"))).isEqualTo(idsOf(exported));
    as("ben.student")
        .get()
        .uri("/api/v1/students/{id}/export", ADA)
        .exchange()
        .expectStatus()
        .isNotFound();
    as("carla.coach")
        .get()
        .uri("/api/v1/students/{id}/export", ADA)
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  private List<Map<String, Object>> export(String who) {
    return as(who)
        .get()
        .uri("/api/v1/students/{id}/export", ADA)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .returnResult()
        .getResponseBody();
  }

  private static Set<String> idsOf(List<Map<String, Object>> exported) {
    return exported.stream().map(e -> (String) e.get("eventId")).collect(Collectors.toSet());
  }

  /**
   * The events whose payload names the student (as student or person), except denied attempts and
   * disclosures, which belong to no aggregate: the record of reads is {@code …/disclosures}.
   */
  private Set<String> eventIdsNaming(String studentId) {
    return Set.copyOf(
        new JdbcTemplate(dataSource)
            .queryForList(
                "select event_identifier from domain_event_entry"
                    + " where payload_type not like '%AccessDenied%'"
                    + " and payload_type not like '%RecordsDisclosed%'"
                    + " and convert_from(payload, 'UTF8') like ?",
                String.class, "%\"" + studentId + "\"%"));
  }
}
