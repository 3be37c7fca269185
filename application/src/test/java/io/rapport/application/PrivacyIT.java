package io.rapport.application;

import static io.rapport.application.DemoUsers.BEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.reactivestreams.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import reactor.core.publisher.Flux;

/**
 * Crypto-shredding end to end: a contact's personal data is stored encrypted, and once the contact
 * is erased no plaintext of it is left in the event table, the read models or the log, while the
 * chats still count.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyIT extends RapportIT {

  @Autowired private DataSource dataSource;
  @Autowired private MongoDatabase mongo;

  @Test
  void erasingAContactLeavesNoPlaintextOfItAnywhereAndKeepsTheCounts(CapturedOutput log) {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    StudentJourney ada = new StudentJourney(as("ada.student"));
    List<Integer> before = reportTotals();
    String relationship = startRelationshipFullOf(ada, canary);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String chat = ada.scheduleChatAt(relationship, now.plus(2, ChronoUnit.DAYS), canary);
    ada.created(
        "/api/v1/chats/{id}/questions", Map.of("text", canary + " how did you start?"), chat);
    ada.created(
        "/api/v1/chats/{id}/research-notes",
        Map.of("topic", "BACKGROUND", "text", canary + " note", "sourceUrl", "https://x/" + canary),
        chat);
    String held = ada.scheduleChatAt(relationship, now.plus(2, ChronoUnit.DAYS), canary);
    List<String> points =
        ada.logMeeting(held, now.minus(1, ChronoUnit.HOURS), 30, canary + " one", canary + " two");
    ada.thankYou(held, now, points).expectStatus().isOk();
    ada.post(
            "/api/v1/relationships/{id}/reciprocity",
            Map.of("offer", canary + " offer"),
            relationship)
        .expectStatus()
        .isNoContent();
    ada.created(
        "/api/v1/relationships/{id}/touchpoints",
        Map.of("kind", "CHECK_IN", "note", canary + " touch", "at", now.toString()),
        relationship);
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.contact.name").isEqualTo("Quill " + canary),
        relationship);
    ada.eventually("/api/v1/chats/{id}", body -> body.jsonPath("$.thankYou").exists(), held);
    assertThat(eventTableMentions(canary)).as("stored encrypted").isEmpty();
    List<Integer> counted =
        List.of(before.get(0) + 2, before.get(1) + 1, before.get(2) + 1, before.get(3) + 1);
    await().atMost(Duration.ofSeconds(15)).until(this::reportTotals, counted::equals);

    as("eve.student")
        .delete()
        .uri("/api/v1/relationships/{id}/contact/personal-data", relationship)
        .exchange()
        .expectStatus()
        .isNotFound();
    ada.eventually("/api/v1/chats/{id}", body -> body.jsonPath("$.status").isEqualTo("HELD"), held);
    as("ada.student")
        .delete()
        .uri("/api/v1/relationships/{id}/contact/personal-data", relationship)
        .exchange()
        .expectStatus()
        .isNoContent();

    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.contact.name").isEqualTo("[erased]"),
        relationship);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertThat(readModelsMentioning(canary)).isEmpty());
    assertThat(eventTableMentions(canary)).isEmpty();
    assertThat(log.getAll()).doesNotContain(canary);
    assertThat(reportTotals()).as("the reports still count the chats").isEqualTo(counted);
    ada.get("/api/v1/chats/{id}", held)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("HELD")
        .jsonPath("$.meeting.points.length()")
        .isEqualTo(2)
        .jsonPath("$.meeting.points[0].text")
        .isEqualTo("[erased]");
    ada.get("/api/v1/relationships/{id}/timeline", relationship)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[0].sentence")
        .isEqualTo("Started a relationship with [erased]")
        .jsonPath("$.items[?(@.type == 'ContactPersonalDataErased')]")
        .exists();
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForObject(
                    "select count(*) from subject_keys where subject_id = ?",
                    Integer.class,
                    "contact-" + relationship))
        .isZero();

    // a rebuild after the erasure reads the events again: they give [erased], never the data
    rebuild("relationships");
    rebuild("chats");
    ada.get("/api/v1/relationships/{id}", relationship)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.contact.name")
        .isEqualTo("[erased]");
    ada.get("/api/v1/chats/{id}", held)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.meeting.points[0].text")
        .isEqualTo("[erased]");
    assertThat(readModelsMentioning(canary)).isEmpty();
  }

  private void rebuild(String projection) {
    as("pat.platform")
        .post()
        .uri("/api/v1/admin/projections/{name}/rebuild", projection)
        .exchange()
        .expectStatus()
        .isAccepted();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                as("pat.platform")
                    .get()
                    .uri("/api/v1/admin/projections/{name}/rebuild", projection)
                    .exchange()
                    .expectBody()
                    .jsonPath("$.state")
                    .isEqualTo("DONE"));
  }

  @Test
  void erasingAStudentErasesTheirNameNotesAndContacts(CapturedOutput log) {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    StudentJourney ben = new StudentJourney(as("ben.student"));
    String relationship = startRelationshipFullOf(ben, canary);
    as("dan.admin")
        .put()
        .uri("/api/v1/students/{id}/cohort", BEN)
        .bodyValue(Map.of("cohort", "privacy"))
        .exchange()
        .expectStatus()
        .isNoContent();
    as("dan.admin")
        .post()
        .uri("/api/v1/students/{id}/coach-notes", BEN)
        .bodyValue(Map.of("text", canary + " note from the admin"))
        .exchange()
        .expectStatus()
        .isCreated();
    ben.eventually(
        "/api/v1/students/{id}/timeline",
        body ->
            body.jsonPath("$.items[0].sentence")
                .isEqualTo("Coach note: " + canary + " note from the admin"),
        BEN);
    as("gia.admin")
        .delete()
        .uri("/api/v1/students/{id}/personal-data", BEN)
        .exchange()
        .expectStatus()
        .isNotFound();

    as("dan.admin")
        .delete()
        .uri("/api/v1/students/{id}/personal-data", BEN)
        .exchange()
        .expectStatus()
        .isNoContent();

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertThat(readModelsMentioning(canary)).isEmpty());
    assertThat(eventTableMentions(canary)).isEmpty();
    assertThat(log.getAll()).doesNotContain(canary);
    ben.get("/api/v1/relationships/{id}", relationship)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.contact.name")
        .isEqualTo("[erased]");
    ben.get("/api/v1/students/{id}/timeline", BEN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[?(@.type == 'CoachNoteAdded')].sentence")
        .value(
            (List<String> sentences) ->
                assertThat(sentences).isNotEmpty().allMatch("Coach note: [erased]"::equals));
  }

  private static String startRelationshipFullOf(StudentJourney ada, String canary) {
    return (String)
        ada.created(
                "/api/v1/relationships",
                Map.of(
                    "contact",
                    Map.of(
                        "name", "Quill " + canary,
                        "company", "Acme",
                        "email", canary + "@example.test",
                        "profileUrl", "https://profiles.test/" + canary),
                    "howWeMet",
                    canary + " at the meetup"))
            .get("relationshipId");
  }

  /** Chats scheduled, held, thanked for, and offers of reciprocity in the tenant's report. */
  @SuppressWarnings("unchecked")
  private List<Integer> reportTotals() {
    Map<String, Object> report =
        as("dan.admin")
            .get()
            .uri("/api/v1/reports/networking")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("rows");
    return List.of("scheduled", "held", "thankYouSent", "reciprocityOffered").stream()
        .map(field -> rows.stream().mapToInt(row -> ((Number) row.get(field)).intValue()).sum())
        .toList();
  }

  private List<String> eventTableMentions(String canary) {
    List<String> found = new ArrayList<>();
    new JdbcTemplate(dataSource)
        .query(
            "select event_identifier, payload, meta_data from domain_event_entry",
            rs -> {
              String text =
                  new String(rs.getBytes(2), StandardCharsets.UTF_8)
                      + (rs.getBytes(3) == null
                          ? ""
                          : new String(rs.getBytes(3), StandardCharsets.UTF_8));
              if (text.contains(canary)) {
                found.add(rs.getString(1));
              }
            });
    return found;
  }

  private List<String> readModelsMentioning(String canary) {
    List<String> found = new ArrayList<>();
    for (String collection : Flux.from(mongo.listCollectionNames()).collectList().block()) {
      for (Document document : Flux.from(mongo.getCollection(collection).find()).toIterable()) {
        if (document.toJson().contains(canary)) {
          found.add(collection + " " + document.get("_id"));
        }
      }
    }
    return found;
  }
}
