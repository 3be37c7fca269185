package io.rapport.query.app.chat;

import io.rapport.query.api.chat.ChatView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What is still to do for a chat, worked out at the moment of reading. */
final class ChatToDo {

  static final int ENOUGH_QUESTIONS = 3;

  private ChatToDo() {}

  static List<String> of(ChatView chat, Instant now, Duration window) {
    List<String> toDo = new ArrayList<>();
    switch (chat.status()) {
      case "SCHEDULED" -> {
        toDo.addAll(preparationGaps(chat.preparation()));
        if (!now.isBefore(chat.startsAt())) {
          toDo.add("Log the meeting: the points discussed, insights and leads.");
        }
      }
      case "HELD" -> {
        if (chat.thankYou() == null && chat.meeting() != null) {
          Instant dueBy = chat.meeting().heldAt().plus(window);
          Duration left = Duration.between(now, dueBy);
          toDo.add(
              left.isNegative()
                  ? "Send a thank-you naming 2–3 points discussed (overdue by "
                      + Hours.of(left.negated())
                      + " h)."
                  : "Send a thank-you naming 2–3 points discussed ("
                      + Hours.of(left)
                      + " h left).");
        }
      }
      default -> {
        // cancelled or no-show: nothing left to do
      }
    }
    return toDo;
  }

  /** What the preparation still lacks. */
  static List<String> preparationGaps(ChatView.Preparation preparation) {
    List<String> gaps = new ArrayList<>();
    if (!preparation.hasResearch()) {
      gaps.add("Research the contact: their background, recent projects or company news.");
    }
    if (!preparation.hasEnoughQuestions()) {
      gaps.add(
          "Prepare at least "
              + ENOUGH_QUESTIONS
              + " open questions ("
              + preparation.questions().size()
              + " so far).");
    }
    if (preparation.flaggedQuestions() > 0) {
      gaps.add(
          "Rethink "
              + preparation.flaggedQuestions()
              + (preparation.flaggedQuestions() == 1
                  ? " flagged question."
                  : " flagged questions."));
    }
    return gaps;
  }
}
