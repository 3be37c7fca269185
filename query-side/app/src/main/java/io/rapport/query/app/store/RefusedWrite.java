package io.rapport.query.app.store;

import com.mongodb.MongoBulkWriteException;

/** The read store refused a batch's writes to a collection; names the collection. */
public final class RefusedWrite extends RuntimeException {

  private final String collection;

  RefusedWrite(String collection, MongoBulkWriteException cause) {
    super("The read store refused writes to " + collection, cause);
    this.collection = collection;
  }

  /** The collection of the store, under its stored name. */
  public String collection() {
    return collection;
  }
}
