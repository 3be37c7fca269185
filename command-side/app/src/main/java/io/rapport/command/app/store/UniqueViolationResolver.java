package io.rapport.command.app.store;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that PostgreSQL's unique violation (SQLState 23505) on an append is a duplicate key,
 * so that two writers of one aggregate end in a {@code ConcurrencyException}, never a duplicate.
 */
public class UniqueViolationResolver implements PersistenceExceptionResolver {

  static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
