package io.rapport.query.app.violation;

import io.rapport.command.app.shared.Refusals;

/** Breaks the rule that the query side never imports the command side's internals. */
public class QuerySideUsingCommandInternals {
  Object refuse() {
    return Refusals.notFound("x");
  }
}
