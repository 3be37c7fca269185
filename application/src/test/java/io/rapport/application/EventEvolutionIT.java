package io.rapport.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event stored in an old revision, as an older Rapport wrote it, is read in its new shape by the
 * projections (the upcaster sits in the event store's chain), and the aggregate with it in its
 * history still takes commands.
 */
class EventEvolutionIT extends RapportIT {

  @Autowired private DataSource dataSource;

  @Test
  void aCadenceStoredInRevisionZeroIsReadInItsNewShape() {
    StudentJourney ada = new StudentJourney(as("ada.student"));
    String relationship = ada.startRelationship("Evolving Eva");
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.relationshipId").exists(),
        relationship);

    int stored =
        new JdbcTemplate(dataSource)
            .update(
                """
                insert into domain_event_entry (event_identifier, aggregate_identifier,
                  sequence_number, type, time_stamp, payload_type, payload_revision, payload,
                  meta_data)
                select ?, aggregate_identifier, sequence_number + 1, type, ?,
                  'io.rapport.command.api.relationship.CadenceSetEvent', '0',
                  convert_to(?, 'UTF8'), meta_data
                from domain_event_entry where aggregate_identifier = ?
                order by sequence_number desc limit 1
                """,
                UUID.randomUUID().toString(),
                Instant.now().toString(),
                "{\"relationshipId\":\"%s\",\"studentId\":\"%s\",\"days\":45}"
                    .formatted(relationship, DemoUsers.ADA),
                relationship);
    assertThat(stored).isEqualTo(1);

    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.cadenceDays").isEqualTo(45),
        relationship);
    ada.put("/api/v1/relationships/{id}/cadence", Map.of("everyDays", 60), relationship);
    ada.eventually(
        "/api/v1/relationships/{id}",
        body -> body.jsonPath("$.cadenceDays").isEqualTo(60),
        relationship);
  }
}
