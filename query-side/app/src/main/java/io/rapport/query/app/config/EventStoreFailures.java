package io.rapport.query.app.config;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

/**
 * What a failure of the event store's PostgreSQL means for a projection: reading an event may need
 * it (the keys that open its personal data live there), and while it cannot be reached the batch is
 * tried again, never parked: the event is fine, and parked it would leave the read model without
 * it, and every later event of its sequence behind it.
 */
final class EventStoreFailures {

  /** PostgreSQL's classes of "not now": connection, resources, shutting down, system (I/O). */
  private static final List<String> NOT_NOW = List.of("08", "53", "57", "58");

  private EventStoreFailures() {}

  /** The database did not answer, or answered that it cannot serve now. */
  static boolean unreachable(Throwable failure) {
    boolean database = false;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        database = true;
        if (notNow(sql)) {
          return true;
        }
      }
      if (database && cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refused for want of a connection: by class, by state, or without a state at all (every error
   * the server reports carries one; the driver's and the pool's own about a connection do not).
   */
  private static boolean notNow(SQLException sql) {
    String state = sql.getSQLState();
    return sql instanceof SQLTransientException
        || sql instanceof SQLRecoverableException
        || sql instanceof SQLNonTransientConnectionException
        || state == null
        || state.isBlank()
        || NOT_NOW.stream().anyMatch(state::startsWith);
  }
}
