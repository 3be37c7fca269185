package io.rapport.gateway.http;

/** A query parameter is invalid. */
public class InvalidQueryException extends RuntimeException {

  private final String field;

  /** The query parameter at fault, and what is wrong with it. */
  public InvalidQueryException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
