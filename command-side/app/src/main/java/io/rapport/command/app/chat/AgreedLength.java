package io.rapport.command.app.chat;

import io.rapport.command.app.shared.Refusals;
import java.util.List;

/**
 * The time limit agreed for a chat: 15 to 120 minutes, typically 30 to 45. Outside the typical
 * range it is allowed, with a note.
 */
record AgreedLength(int minutes) {

  static final int SHORTEST = 15;
  static final int LONGEST = 120;
  static final int USUAL_FROM = 30;
  static final int USUAL_TO = 45;
  static final String UNUSUAL_NOTE =
      "Outside the usual 30–45 minutes: agree the time limit with your contact up front.";

  AgreedLength {
    if (minutes < SHORTEST || minutes > LONGEST) {
      throw Refusals.invalid(
          "durationMinutes", "A chat lasts 15 to 120 minutes; typically 30 to 45.");
    }
  }

  /** The notes a schedule of this length carries. */
  List<String> notes() {
    return minutes < USUAL_FROM || minutes > USUAL_TO ? List.of(UNUSUAL_NOTE) : List.of();
  }
}
