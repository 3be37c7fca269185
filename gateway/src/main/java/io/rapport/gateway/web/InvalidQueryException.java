package io.rapport.gateway.web;

/** A query parameter is invalid. */
class InvalidQueryException extends RuntimeException {

  private final String field;

  InvalidQueryException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
