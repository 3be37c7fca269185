package io.rapport.gateway.web;

/** Page sizes: 50 by default, 1 to 200. */
final class Paging {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private Paging() {}

  static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }
}
