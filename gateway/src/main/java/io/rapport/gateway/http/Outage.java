package io.rapport.gateway.http;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.rapport.command.api.privacy.PersonalDataUnreadable;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.http.HttpStatus;

/**
 * A request that failed because a part Rapport runs on could not serve it: the event store
 * (PostgreSQL), the read store (MongoDB) or the identity provider (Keycloak) unreachable or too
 * slow, a disk full, or a data subject's key missing (or a value damaged) though never erased. The
 * caller gets 503 (or 507) with {@code Retry-After}, never 500 and never data shown as erased: the
 * same request succeeds once the part is back.
 *
 * @param part which part, as the problem's {@code part} property says
 */
record Outage(String part, HttpStatus status, String type, String detail, int retryAfterSeconds) {

  static final String EVENT_STORE = "event-store";
  static final String READ_STORE = "read-store";
  static final String IDENTITY_PROVIDER = "identity-provider";
  static final String SUBJECT_KEYS = "subject-keys";

  /** PostgreSQL's classes of errors that mean "not now": connection, resources, shutting down. */
  private static final String CONNECTION_ERRORS = "08";

  private static final String DISK_FULL = "53100";
  private static final String RESOURCES = "53";
  private static final String SHUTTING_DOWN = "57P0";

  /** PostgreSQL's classes of errors of the server's own system: I/O, crash (PANIC). */
  private static final String SYSTEM_ERROR = "58";

  private static final String INTERNAL_ERROR = "XX";

  /** The outage behind a failure, if it was one. */
  static Optional<Outage> of(Throwable failure) {
    boolean database = false;
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      Optional<Outage> outage = classify(cause);
      if (outage.isPresent()) {
        return outage;
      }
      database |= cause instanceof SQLException;
      if (database && brokenConnection(cause)) {
        return Optional.of(unavailable(EVENT_STORE, "The event store"));
      }
    }
    return Optional.empty();
  }

  /**
   * Below a database failure, the connection itself broke: the server went away in the middle of a
   * statement, or the driver or the pool refused a connection it had given up. Every error the
   * server reports carries a state; one without a state came from the client's side of a connection
   * (e.g. the pool's "Connection is closed" for a connection it evicted under the statement).
   */
  private static boolean brokenConnection(Throwable cause) {
    return cause instanceof SocketException
        || cause instanceof EOFException
        || cause instanceof SocketTimeoutException
        || (cause instanceof SQLException sql
            && (sql.getSQLState() == null || sql.getSQLState().isBlank()));
  }

  private static Optional<Outage> classify(Throwable cause) {
    if (cause instanceof HandlerExecutionException handling
        && handling.getDetails().orElse(null) instanceof PersonalDataUnreadable) {
      return Optional.of(
          new Outage(
              SUBJECT_KEYS,
              HttpStatus.SERVICE_UNAVAILABLE,
              "personal-data-unavailable",
              "Personal data here cannot be read: a key is missing or a value is damaged. It was"
                  + " not erased; the operators are alerted, and nothing was changed.",
              60));
    }
    if (cause instanceof SQLException sql) {
      String state = sql.getSQLState() == null ? "" : sql.getSQLState();
      if (state.equals(DISK_FULL)) {
        return Optional.of(diskFull(EVENT_STORE));
      }
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException
          || state.startsWith(CONNECTION_ERRORS)
          || state.startsWith(RESOURCES)
          || state.startsWith(SHUTTING_DOWN)
          || state.startsWith(SYSTEM_ERROR)
          || state.startsWith(INTERNAL_ERROR)) {
        return Optional.of(unavailable(EVENT_STORE, "The event store"));
      }
    }
    if (cause instanceof MongoSocketException
        || cause instanceof MongoTimeoutException
        || cause instanceof MongoExecutionTimeoutException
        || cause instanceof MongoServerUnavailableException
        || (cause instanceof MongoException
            && String.valueOf(cause.getMessage()).contains("This store is closed"))) {
      return Optional.of(unavailable(READ_STORE, "The read store"));
    }
    if (cause instanceof MongoException
        && String.valueOf(cause.getMessage()).contains("No space left")) {
      return Optional.of(diskFull(READ_STORE));
    }
    if (cause.getClass().getName().equals("jakarta.ws.rs.ProcessingException")
        && (cause.getCause() instanceof ConnectException
            || cause.getCause() instanceof SocketTimeoutException)) {
      return Optional.of(unavailable(IDENTITY_PROVIDER, "The identity provider"));
    }
    if (cause instanceof HttpTimeoutException || keysUnavailable(cause)) {
      return Optional.of(unavailable(IDENTITY_PROVIDER, "The identity provider"));
    }
    return Optional.empty();
  }

  /**
   * The token's signing keys could not be fetched (the realm unreachable): the token may well be
   * valid, so this is no 401.
   */
  private static boolean keysUnavailable(Throwable cause) {
    return cause instanceof IllegalStateException
        && String.valueOf(cause.getMessage()).startsWith("Could not obtain the keys");
  }

  private static Outage unavailable(String part, String what) {
    return new Outage(
        part,
        HttpStatus.SERVICE_UNAVAILABLE,
        "service-unavailable",
        what + " cannot be reached right now; nothing was changed. Try again in a few seconds.",
        5);
  }

  private static Outage diskFull(String part) {
    return new Outage(
        part,
        HttpStatus.INSUFFICIENT_STORAGE,
        "insufficient-storage",
        "There is no room left to store this; nothing was changed. Try again later.",
        30);
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof SQLException sql
        && sql.getNextException() != null
        && cause.getCause() == null) {
      return sql.getNextException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
