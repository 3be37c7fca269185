package io.rapport.command.app.relationship;

import io.rapport.command.app.shared.Inputs;

/**
 * How often a student means to be in touch with a contact: every 7 to 365 days, 90 unless set. A
 * relationship without contact for longer than its cadence is cooling.
 */
record Cadence(int everyDays) {

  static final int DEFAULT_DAYS = DefaultCadence.DEFAULT_DAYS;
  static final int SHORTEST = 7;
  static final int LONGEST = 365;

  Cadence {
    Inputs.between("everyDays", everyDays, SHORTEST, LONGEST);
  }
}
