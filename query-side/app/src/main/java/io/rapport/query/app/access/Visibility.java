package io.rapport.query.app.access;

import io.rapport.query.api.NotVisible;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * The failure of a query for an existing resource the viewer may not see: the edge answers it as
 * 404, exactly like a missing one, and records the denied attempt.
 */
public final class Visibility {

  private Visibility() {}

  public static QueryExecutionException hidden(String resource, String id) {
    return new QueryExecutionException(resource + " not found", null, new NotVisible(resource, id));
  }
}
