package io.rapport.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import io.rapport.command.api.privacy.PersonalDataUnreadable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Which failures are outages of a part (503, or 507 for a full disk), and which are not. */
class OutageTest {

  @Test
  void anEventStoreWithoutConnectionsIsAnOutageOfTheEventStore() {
    Throwable failure =
        new EventStoreException(
            "append failed",
            new SQLTransientConnectionException("rapport-events - Connection is not available"));
    assertThat(Outage.of(failure))
        .hasValueSatisfying(
            outage -> {
              assertThat(outage.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(outage.part()).isEqualTo(Outage.EVENT_STORE);
              assertThat(outage.retryAfterSeconds()).isPositive();
            });
  }

  @Test
  void aServerShuttingDownOrUnreachableIsAnOutageByItsSqlState() {
    assertThat(Outage.of(new SQLException("terminating connection", "57P01")))
        .map(Outage::part)
        .hasValue(Outage.EVENT_STORE);
    assertThat(Outage.of(new SQLException("connection refused", "08001")))
        .map(Outage::part)
        .hasValue(Outage.EVENT_STORE);
  }

  @Test
  void aConnectionThatBrokeUnderAStatementIsAnOutageWhateverTheDriverCalledIt() {
    SQLException lostMidStatement = new SQLException("Batch entry 0 was aborted");
    lostMidStatement.initCause(new java.net.SocketException("Connection reset"));
    assertThat(Outage.of(new EventStoreException("append failed", lostMidStatement)))
        .map(Outage::part)
        .hasValue(Outage.EVENT_STORE);
    // the pool's answer for a connection it evicted while the statement was being prepared
    assertThat(
            Outage.of(
                new JdbcException(
                    "Failed to create a SQL statement", new SQLException("Connection is closed"))))
        .map(Outage::part)
        .hasValue(Outage.EVENT_STORE);
    assertThat(Outage.of(new SQLException("could not read block", "58030")))
        .map(Outage::part)
        .hasValue(Outage.EVENT_STORE);
  }

  @Test
  void aBrokenConnectionOutsideTheDatabaseIsNoOutageOfTheEventStore() {
    assertThat(Outage.of(new IllegalStateException(new java.net.SocketException("reset"))))
        .isEmpty();
  }

  @Test
  void aFullDiskIs507() {
    assertThat(Outage.of(new RuntimeException(new SQLException("could not extend file", "53100"))))
        .map(Outage::status)
        .hasValue(HttpStatus.INSUFFICIENT_STORAGE);
  }

  @Test
  void anUnreachableReadStoreIsAnOutageOfTheReadStore() {
    assertThat(Outage.of(new MongoTimeoutException("no server selected")))
        .map(Outage::part)
        .hasValue(Outage.READ_STORE);
  }

  @Test
  void signingKeysThatCannotBeFetchedAreAnOutageOfTheIdentityProvider() {
    assertThat(Outage.of(new IllegalStateException("Could not obtain the keys")))
        .map(Outage::part)
        .hasValue(Outage.IDENTITY_PROVIDER);
  }

  @Test
  void aFaultInTheCodeIsNoOutage() {
    assertThat(Outage.of(new IllegalArgumentException("a bug"))).isEmpty();
    assertThat(Outage.of(new SQLException("duplicate key", "23505"))).isEmpty();
  }

  @Test
  void personalDataThatCannotBeReadThoughNeverErasedIsAnOutageOfTheKeys() {
    Throwable unreadable =
        new HandlerExecutionException(
            "key k1 is missing",
            null,
            new PersonalDataUnreadable(PersonalDataUnreadable.Reason.MISSING_KEY, "contact-r1")) {};
    assertThat(Outage.of(new QueryExecutionException("the export failed", unreadable)))
        .hasValueSatisfying(
            outage -> {
              assertThat(outage.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(outage.part()).isEqualTo(Outage.SUBJECT_KEYS);
              assertThat(outage.type()).isEqualTo("personal-data-unavailable");
              assertThat(outage.detail()).doesNotContain("[erased]");
            });
  }
}
