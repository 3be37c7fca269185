package io.rapport.gateway.web;

/**
 * The resource does not exist for this caller: another tenant's looks exactly like a missing one.
 */
class NotFoundException extends RuntimeException {

  NotFoundException() {
    super("not found", null, false, false);
  }
}
