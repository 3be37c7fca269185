package io.rapport.command.app.chat;

import io.rapport.command.api.chat.Point;
import io.rapport.command.app.shared.Refusals;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The specific points discussed in a meeting: at least one, each with its text and an id of its
 * own, by which the thank-you refers to it.
 */
record MeetingPoints(List<Point> points) {

  MeetingPoints {
    if (points == null || points.isEmpty()) {
      throw Refusals.invalid("points", "Log at least one point discussed.");
    }
    Set<String> ids = new HashSet<>();
    for (Point point : points) {
      if (point == null
          || isBlank(point.text())
          || isBlank(point.pointId())
          || !ids.add(point.pointId())) {
        throw Refusals.invalid("points", "Each point needs its text and an id of its own.");
      }
    }
    points = List.copyOf(points);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
