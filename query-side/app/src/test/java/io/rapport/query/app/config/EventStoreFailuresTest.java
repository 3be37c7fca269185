package io.rapport.query.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class EventStoreFailuresTest {

  @Test
  void aKeyThatCouldNotBeReadForWantOfAConnectionIsNoReasonToParkTheEvent() {
    // as the subject keys' lookup fails while PostgreSQL is stalled: the pool's timeout
    Throwable noConnection =
        new IllegalStateException(
            "Failed to obtain JDBC Connection",
            new SQLTransientConnectionException("rapport-events - Connection is not available"));
    assertThat(EventStoreFailures.unreachable(noConnection)).isTrue();
    assertThat(EventStoreFailures.unreachable(new SQLException("terminating", "57P01"))).isTrue();
    assertThat(EventStoreFailures.unreachable(new SQLException("Connection is closed"))).isTrue();
    SQLException readTimedOut = new SQLException("An I/O error occurred", "08006");
    readTimedOut.initCause(new SocketTimeoutException("Read timed out"));
    assertThat(EventStoreFailures.unreachable(new RuntimeException(readTimedOut))).isTrue();
  }

  @Test
  void aFaultOfTheEventOrTheCodeIsParkedAsBefore() {
    assertThat(EventStoreFailures.unreachable(new IllegalArgumentException("a bug"))).isFalse();
    assertThat(EventStoreFailures.unreachable(new SQLException("duplicate key", "23505")))
        .isFalse();
    assertThat(EventStoreFailures.unreachable(new SocketTimeoutException("not a database")))
        .isFalse();
  }
}
