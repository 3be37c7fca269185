package io.rapport.query.app.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import java.util.Set;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** The cause a dead letter shows depends on the failure's type alone, never on its message. */
class DeadLetterCauseTest {

  private static final String BODY = "Dear Ada Lovelace, thank you for the coffee at Dalston";

  @Test
  void theSameTypeShowsTheSameCauseWhateverTheMessageQuotes() {
    String quoting =
        DeadLetterCause.shown(new ThrowableCause("java.lang.NullPointerException", BODY));
    String silent =
        DeadLetterCause.shown(new ThrowableCause("java.lang.NullPointerException", null));

    assertThat(quoting)
        .isEqualTo(silent)
        .startsWith("java.lang.NullPointerException: ")
        .doesNotContain("Ada", "Dalston");
  }

  @Test
  void eachFamilyOfFailuresHasItsOwnDescription() {
    assertThat(
            DeadLetterCause.shown(
                new ThrowableCause("org.bson.BsonInvalidOperationException", BODY)))
        .contains("the read store");
    assertThat(
            DeadLetterCause.shown(
                new ThrowableCause("org.axonframework.serialization.SerializationException", BODY)))
        .contains("could not be read");
    assertThat(DeadLetterCause.shown(new ThrowableCause("io.rapport.SomeProjectionFailure", BODY)))
        .isEqualTo(
            "io.rapport.SomeProjectionFailure: the projection failed on the event"
                + " (its message is withheld)");
  }

  @Test
  void aStoredTypeThatIsNoClassNameIsNotShown() {
    assertThat(DeadLetterCause.shown(new ThrowableCause(BODY, BODY)))
        .startsWith(DeadLetterCause.UNKNOWN_TYPE + ": ")
        .doesNotContain("Ada");
    assertThat(DeadLetterCause.shown(new ThrowableCause(null, BODY)))
        .startsWith(DeadLetterCause.UNKNOWN_TYPE + ": ");
  }

  @Test
  void aFailureAsItHappensShowsItsTypeAndTheStoresCodeButNoneOfItsMessage() {
    var duplicate =
        new MongoWriteException(
            new WriteError(
                11000,
                "E11000 duplicate key error dup key: { _id: \"northfield|Ada Lovelace\" }",
                new BsonDocument()),
            new ServerAddress(),
            Set.of());

    String shown = ProcessorFailures.describe(new IllegalStateException("batch failed", duplicate));

    assertThat(shown)
        .startsWith("MongoWriteException (code 11000, duplicate key): the read store")
        .doesNotContain("Ada", "northfield");
    assertThat(ProcessorFailures.describe(new IllegalArgumentException(BODY)))
        .isEqualTo("IllegalArgumentException: the projection refused the event");
  }
}
