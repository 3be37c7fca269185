package io.rapport.command.api.violation;

/**
 * Breaks the rule that api modules hold only records and enums: a service port belongs in an app.
 */
public interface ApiServicePort {
  void serve();
}
