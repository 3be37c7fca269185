package io.rapport.gateway.http;

/** Page sizes: 50 by default, 1 to 200. */
public final class Paging {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private Paging() {}

  /** The page size asked for, or the default; outside 1 to 200 it is an invalid query. */
  public static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }
}
