package io.rapport.query.app.violationloop;

import io.rapport.query.app.violation.ReadsTheDatabaseItself;

/** The other half of a deliberate package cycle, for {@code QuerySideRulesTest}. */
public class AsksBack {

  /** Depends on the package that depends on this one. */
  public String answer(ReadsTheDatabaseItself asker) {
    return asker.getClass().getSimpleName();
  }
}
