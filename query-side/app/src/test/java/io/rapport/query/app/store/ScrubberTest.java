package io.rapport.query.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

class ScrubberTest {

  @Test
  void erasesTheTextAtEveryPathAndKeepsTheRest() {
    Document chat =
        new Document("_id", "c1")
            .append("location", "Canary Café")
            .append("durationMinutes", 40)
            .append(
                "questions",
                new Document(
                    "q1", new Document("text", "canary?").append("flags", List.of("SALARY"))))
            .append(
                "meeting",
                new Document(
                        "points",
                        new ArrayList<>(
                            List.of(new Document("pointId", "p1").append("text", "canary"))))
                    .append("leads", new ArrayList<>(List.of("canary lead")))
                    .append("insights", null));

    Bson update =
        Scrubber.scrubbed(
                chat,
                List.of(
                    "location",
                    "questions.*.text",
                    "meeting.points[].text",
                    "meeting.leads[]",
                    "meeting.insights"))
            .orElseThrow();

    String json =
        update
            .toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry())
            .toJson();
    assertThat(json).doesNotContain("anary").contains("[erased]", "SALARY", "p1");
    assertThat(json).doesNotContain("durationMinutes");
  }

  @Test
  void leavesADocumentWithoutPersonalValuesAlone() {
    Document relationship =
        new Document("_id", "r1").append("contact", new Document("name", "[erased]"));

    assertThat(Scrubber.scrubbed(relationship, List.of("contact.name", "howWeMet"))).isEmpty();
  }
}
