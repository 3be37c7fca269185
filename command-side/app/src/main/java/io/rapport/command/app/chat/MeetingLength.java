package io.rapport.command.app.chat;

import io.rapport.command.api.chat.MeetingFlag;
import io.rapport.command.app.shared.Inputs;
import java.util.Set;

/**
 * How long a meeting really took: 1 to 600 minutes. Running more than ten minutes over the agreed
 * limit is an overrun, which is flagged, never refused.
 */
record MeetingLength(int minutes) {

  static final int SHORTEST = 1;
  static final int LONGEST = 600;
  static final int TOLERATED_OVERRUN = 10;

  MeetingLength {
    Inputs.between("durationMinutes", minutes, SHORTEST, LONGEST);
  }

  /** What stands out against the agreed time limit. */
  Set<MeetingFlag> flagsAgainst(int agreedMinutes) {
    return minutes > agreedMinutes + TOLERATED_OVERRUN ? Set.of(MeetingFlag.OVERRAN) : Set.of();
  }
}
