package io.rapport.command.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rapport.command.api.privacy.PersonalDataUnreadable;
import io.rapport.command.api.privacy.PersonalDataUnreadable.Reason;
import io.rapport.command.api.relationship.Contact;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Only a tombstone reads as "[erased]": a key gone without one, or a value that fails its tag
 * check, fails the read, is counted by reason and logged once per subject.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnreadablePersonalDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int IV_BYTES = 12;

  private final InMemoryKeys keys = new InMemoryKeys();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final DecryptionFailures failures = new DecryptionFailures(meters);
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
  void aKeyGoneWithoutATombstoneFailsTheReadInsteadOfReadingErased() {
    SerializedObject<byte[]> stored = serializer.serialize(started, byte[].class);
    keys.lose("contact-r1");

    UnreadablePersonalDataException failure = unreadable(stored);

    assertThat(failure.<PersonalDataUnreadable>getDetails())
        .contains(new PersonalDataUnreadable(Reason.MISSING_KEY, "contact-r1"));
    assertThat(failure.getMessage())
        .contains("contact-r1", "k-contact-r1")
        .doesNotContain("erased]");
    assertThat(failed("missing-key")).isEqualTo(1);
    assertThat(failed("corrupt")).isZero();
  }

  @Test
  void aTombstoneReadsErasedAndCountsNoFailure() {
    SerializedObject<byte[]> stored = serializer.serialize(started, byte[].class);
    keys.erase("contact-r1");

    RelationshipStartedEvent read = serializer.deserialize(stored);

    assertThat(read.contact().name()).isEqualTo("[erased]");
    assertThat(failed("missing-key") + failed("corrupt")).isZero();
  }

  @Test
  void aFlippedCiphertextByteFailsTheTagCheck() {
    SerializedObject<byte[]> stored =
        changedName(
            serializer.serialize(started, byte[].class),
            envelope -> {
              int at = envelope.lastIndexOf(':') + 1;
              byte[] sealed = Base64.getDecoder().decode(envelope.substring(at));
              sealed[IV_BYTES] ^= 0x01; // the first byte of the ciphertext proper
              return envelope.substring(0, at) + Base64.getEncoder().encodeToString(sealed);
            });

    UnreadablePersonalDataException failure = unreadable(stored);

    assertThat(failure.<PersonalDataUnreadable>getDetails())
        .contains(new PersonalDataUnreadable(Reason.CORRUPT, "contact-r1"));
    assertThat(failed("corrupt")).isEqualTo(1);
    assertThat(failed("missing-key")).isZero();
  }

  @Test
  void aValueMovedUnderAnotherSubjectsKeyFailsTheTagCheck() {
    serializer.serialize(
        new RelationshipStartedEvent("r2", "s1", started.contact(), null, 90), byte[].class);
    SerializedObject<byte[]> stored =
        changedName(
            serializer.serialize(started, byte[].class),
            envelope -> envelope.replace("k-contact-r1", "k-contact-r2"));

    assertThat(unreadable(stored).<PersonalDataUnreadable>getDetails())
        .contains(new PersonalDataUnreadable(Reason.CORRUPT, "contact-r1"));
  }

  @Test
  void eachFailureIsCountedButASubjectIsLoggedOnce(CapturedOutput output) {
    SerializedObject<byte[]> stored = serializer.serialize(started, byte[].class);
    SerializedObject<byte[]> other =
        serializer.serialize(
            new RelationshipStartedEvent("r2", "s1", started.contact(), null, 90), byte[].class);
    keys.lose("contact-r1");
    keys.lose("contact-r2");

    for (int i = 0; i < 3; i++) {
      unreadable(stored);
    }
    unreadable(other);

    assertThat(failed("missing-key")).isEqualTo(4);
    assertThat(output.getAll().split("subject contact-r1 cannot be read", -1)).hasSize(2);
    assertThat(output.getAll().split("subject contact-r2 cannot be read", -1)).hasSize(2);
    assertThat(output.getAll()).doesNotContain("Canary", "canary");
  }

  private UnreadablePersonalDataException unreadable(SerializedObject<byte[]> stored) {
    Throwable thrown = catchThrowable(() -> serializer.deserialize(stored));
    assertThat(thrown).isInstanceOf(UnreadablePersonalDataException.class);
    return (UnreadablePersonalDataException) thrown;
  }

  private double failed(String reason) {
    return meters.get(DecryptionFailures.METRIC).tag("reason", reason).counter().count();
  }

  /** The stored event with its contact's encrypted name changed. */
  private static SerializedObject<byte[]> changedName(
      SerializedObject<byte[]> stored, UnaryOperator<String> change) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(stored.getData());
      ObjectNode contact = (ObjectNode) tree.get("contact");
      contact.put("name", change.apply(contact.get("name").asText()));
      return new SimpleSerializedObject<>(
          JSON.writeValueAsBytes(tree), byte[].class, stored.getType());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
