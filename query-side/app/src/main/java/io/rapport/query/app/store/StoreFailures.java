package io.rapport.query.app.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import java.util.Optional;

/**
 * What a failure of the read store means for a projection: the store could not be reached for a
 * while (try the batch again, never park its events), or it refused a write as contradicting what
 * it holds (the read model is inconsistent: build it again).
 */
public final class StoreFailures {

  /** The embedded store's own words when a document it is asked to insert is already there. */
  private static final String ALREADY_EXISTED = "already existed";

  /** The name both MongoDB and the embedded store give the index of {@code _id}. */
  private static final String ID_INDEX = "_id_";

  private static final String STORE_CLOSED = "This store is closed";

  private StoreFailures() {}

  /** The store did not answer, or answered that it cannot serve now. */
  public static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MongoSocketException
          || cause instanceof MongoTimeoutException
          || cause instanceof MongoExecutionTimeoutException
          || cause instanceof MongoServerUnavailableException
          || cause instanceof MongoNotPrimaryException
          || cause instanceof MongoNodeIsRecoveringException
          || cause instanceof MongoInterruptedException
          || (cause instanceof MongoException && message(cause).contains(STORE_CLOSED))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An upsert refused for a duplicate key: every projection write is an upsert by key, so the store
   * holds a document that its own lookup does not find.
   */
  public static boolean inconsistent(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MongoBulkWriteException bulk
          && bulk.getWriteErrors().stream()
              .anyMatch(
                  e ->
                      ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY
                          || e.getMessage().contains(ALREADY_EXISTED))) {
        return true;
      }
      if (cause instanceof MongoWriteException write
          && (write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
              || message(write).contains(ALREADY_EXISTED))) {
        return true;
      }
      if (cause instanceof MongoException mongo
          && (ErrorCategory.fromErrorCode(mongo.getCode()) == ErrorCategory.DUPLICATE_KEY
              || message(mongo).contains(ALREADY_EXISTED))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every insert of the bulk that failed found a document with its id there already (the index
   * {@code _id_} refused a duplicate): for documents never changed once written, they were written.
   */
  static boolean onlyIdsThereAlready(MongoBulkWriteException refused) {
    return !refused.getWriteErrors().isEmpty()
        && refused.getWriteConcernError() == null
        && refused.getWriteErrors().stream()
            .allMatch(
                e ->
                    ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY
                        && e.getMessage().contains(ID_INDEX));
  }

  /** The collection of the store whose write was refused, if the failure was a refused write. */
  public static Optional<String> refusedCollection(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RefusedWrite refused) {
        return Optional.of(refused.collection());
      }
    }
    return Optional.empty();
  }

  private static String message(Throwable failure) {
    return failure.getMessage() == null ? "" : failure.getMessage();
  }
}
