package io.rapport.command.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.Point;
import io.rapport.command.api.relationship.CadenceSetEvent;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class ShreddingSerializerTest {

  private final InMemoryKeys keys = new InMemoryKeys();
  private final DecryptionFailures failures = new DecryptionFailures(new SimpleMeterRegistry());
  private final ShreddingSerializer serializer =
      new ShreddingSerializer(JacksonSerializer.defaultSerializer(), () -> keys, () -> failures);

  private final RelationshipStartedEvent started =
      new RelationshipStartedEvent(
          "r1",
          "s1",
          new Contact("Ada Canary", "Acme", "CTO", "ada@canary.test", "https://in/ada"),
          "met at the canary meetup",
          90);

  @Test
  void storesPersonalFieldsEncryptedAndReadsThemBack() {
    SerializedObject<byte[]> stored = serializer.serialize(started, byte[].class);

    String json = new String(stored.getData(), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("Canary", "canary", "Acme").contains("enc:v1:", "\"s1\"");
    assertThat((Object) serializer.deserialize(stored)).isEqualTo(started);
  }

  @Test
  void readsErasedOnceTheSubjectIsErased() {
    SerializedObject<byte[]> stored = serializer.serialize(started, byte[].class);
    keys.erase("contact-r1");

    RelationshipStartedEvent read = serializer.deserialize(stored);

    assertThat(read.contact())
        .isEqualTo(new Contact("[erased]", "[erased]", "[erased]", "[erased]", "[erased]"));
    assertThat(read.howWeMet()).isEqualTo("[erased]");
    assertThat(read.cadenceDays()).isEqualTo(90);
    assertThat(read.studentId()).isEqualTo("s1");
  }

  @Test
  void encryptsEveryElementOfListsAndKeepsTheirSize() {
    MeetingLoggedEvent meeting =
        new MeetingLoggedEvent(
            "c1",
            "r1",
            "s1",
            Instant.parse("2026-11-20T10:00:00Z"),
            40,
            45,
            List.of(new Point("p1", "canary point"), new Point("p2", "another canary")),
            "canary insight",
            List.of("canary lead"),
            true,
            Set.of());
    SerializedObject<byte[]> stored = serializer.serialize(meeting, byte[].class);
    assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
        .doesNotContain("canary")
        .contains("\"p1\"");
    keys.erase("contact-r1");

    MeetingLoggedEvent read = serializer.deserialize(stored);

    assertThat(read.points())
        .containsExactly(new Point("p1", "[erased]"), new Point("p2", "[erased]"));
    assertThat(read.leads()).containsExactly("[erased]");
    assertThat(read.durationMinutes()).isEqualTo(40);
  }

  @Test
  void leavesEventsWithoutPersonalDataAlone() {
    CadenceSetEvent cadence = new CadenceSetEvent("r1", "s1", 30);

    SerializedObject<String> stored = serializer.serialize(cadence, String.class);

    assertThat(stored.getData()).doesNotContain("enc:v1:");
    assertThat((Object) serializer.deserialize(stored)).isEqualTo(cadence);
    assertThat(keys.byKeyId).isEmpty();
  }

  @Test
  void keysAreKeptPerSubject() {
    serializer.serialize(started, byte[].class);
    serializer.serialize(
        new RelationshipStartedEvent("r2", "s1", started.contact(), null, 90), byte[].class);

    assertThat(keys.bySubject.keySet()).containsExactlyInAnyOrder("contact-r1", "contact-r2");
  }
}
